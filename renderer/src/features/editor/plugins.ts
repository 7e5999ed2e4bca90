import type { ComponentType } from 'react';
import type { Segment } from '../../../../core/model';
import { tmPlugin } from '../tm/tmPlugin';
import { reviewPlugin } from '../review/reviewPlugin';
import { glossaryPlugin } from '../glossary/glossaryPlugin';

/**
 * The seam for features that live inside the editor (glossary, TM, QA, comments …): each adds
 * one entry to `editorPlugins` and never edits the grid. A plugin may
 * - render a side panel beside the grid (in registry order, in the editor's side-panel area);
 * - highlight spans of the source text: `useSourceMarks` is a React hook called once per editor
 *   (so it may load data and keep state); the function it returns is called for every visible
 *   row and must be cheap (memoise per segment source). Return a new function to re-render rows.
 */
export interface EditorPlugin {
  id: string;
  SidePanel?: ComponentType<EditorPanelProps>;
  useSourceMarks?: (context: EditorPluginContext) => SourceMarker | undefined;
}

/** A highlighted span of a source text, rendered as <mark title="…">. Indices are JS string offsets. */
export interface SourceMark {
  start: number;
  end: number;
  title: string;
  /** Extra CSS class, e.g. for forbidden terms. */
  className?: string;
}

export type SourceMarker = (segment: Segment) => readonly SourceMark[];

export interface EditorPluginContext {
  projectId: string;
  documentId: string;
  editor: EditorHandle;
}

export interface EditorPanelProps {
  context: EditorPluginContext;
}

/** What plugins may do with the editor. */
export interface EditorHandle {
  /** Index (0-based) of the segment being edited. */
  activeIndex(): number;
  /** Calls `listener` whenever the active segment changes; returns an unsubscribe function. */
  subscribeActive(listener: () => void): () => void;
  /** The segment if it is loaded (the active one always is). */
  getSegment(index: number): Segment | undefined;
  /** Calls `listener` when segment `index` changes (typing, status); returns an unsubscribe function. */
  subscribeSegment(index: number, listener: () => void): () => void;
  /** Inserts text at the caret of the active segment's textbox (replacing the selection) and saves it. */
  insertText(text: string): void;
  /** Scrolls to a segment and puts the caret in its textbox. */
  focusSegment(index: number): void;
  /**
   * Call after changing the document's segments (split, join): the editor drops its cached rows
   * and re-reads them; `total` is the new number of segments. Flush first with the storage writes done.
   */
  reload(total: number): void;
}

/** Registered editor plugins; later features append their entry here. */
export const editorPlugins: EditorPlugin[] = [glossaryPlugin, tmPlugin, reviewPlugin];
