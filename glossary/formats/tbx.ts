import { PadananError, isPadananError } from '../../core/errors';
import type { PartOfSpeech, TermDraft } from '../../core/model';
import { XmlWriter, childElements, descendants, parseXml, textContent, type XmlElement } from '../../core/xml/index';
import { defaultCaseSensitive } from './text';

export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

/**
 * Reads TBX: ISO 30042:2019 (TBX v3, `<tbx>`, any dialect, DCA or DCT style) and the older TBX v2
 * (`<martif>`) that many tools still export. Each Indonesian term of a concept is paired with
 * each English one. Kept: part of speech (termNote partOfSpeech; termType phrase), notes,
 * definitions, subject field (as domain) and the forbidden status (administrativeStatus
 * deprecatedTerm-admn-sts or supersededTerm-admn-sts on the English term). The XML is read by
 * Padanan's hardened reader (no DOCTYPE entities, no external entities).
 */
export function readTbxGlossary(bytes: Uint8Array, fileName: string): { terms: TermDraft[]; title?: string } {
  let root: XmlElement;
  try {
    root = parseXml(bytes, { fileName });
  } catch (error) {
    if (isPadananError(error)) throw error;
    throw new PadananError('glossary.tbxMalformed', `${fileName}: not readable XML (${String(error)}).`, { file: fileName });
  }
  const v3 = root.local === 'tbx';
  if (!v3 && root.local !== 'martif') {
    throw new PadananError('glossary.notTbx', `${fileName}: the root element is <${root.name}>, not <tbx> or <martif>; this is not a TBX file.`, {
      file: fileName,
      element: root.name,
    });
  }
  const title = descendants(root, 'title')[0];
  const entries = descendants(root, v3 ? 'conceptEntry' : 'termEntry');
  const terms: TermDraft[] = [];
  entries.forEach((entry, index) => {
    const where = `<${entry.name}${entry.attrs.id ? ` id="${entry.attrs.id}"` : ''}> (entry ${index + 1})`;
    const domain = descripText(entry, 'subjectField');
    const entryDefinition = descripText(entry, 'definition');
    const sources: LangTerm[] = [];
    const targets: LangTerm[] = [];
    for (const langSec of childElements(entry).filter((e) => e.local === 'langSec' || e.local === 'langSet')) {
      const lang = langSec.attrs['xml:lang'] ?? langSec.attrs.lang;
      if (!lang) {
        throw new PadananError('glossary.tbxLanguage', `${fileName}: ${where} has a <${langSec.name}> without xml:lang.`, { file: fileName, element: where });
      }
      const primary = lang.toLowerCase().split(/[-_]/)[0]!;
      const bucket = primary === 'id' || primary === 'in' || primary === 'ind' ? sources : primary === 'en' || primary === 'eng' ? targets : undefined;
      if (!bucket) continue;
      const definition = descripText(langSec, 'definition');
      for (const termSec of childElements(langSec).filter((e) => e.local === 'termSec' || e.local === 'tig' || e.local === 'ntig')) {
        const holder = termSec.local === 'ntig' ? (childElements(termSec, 'termGrp')[0] ?? termSec) : termSec;
        const termEl = childElements(holder, 'term')[0];
        const text = termEl ? textContent(termEl).replace(/\s+/g, ' ').trim() : '';
        if (!text) {
          throw new PadananError('glossary.tbxEmptyTerm', `${fileName}: ${where} has an empty or missing <term> in its ${lang} section.`, {
            file: fileName,
            element: where,
          });
        }
        const notes = [...childElements(termSec, 'note'), ...childElements(holder, 'note').filter(() => holder !== termSec)].map((n) => textContent(n).trim()).filter(Boolean);
        bucket.push({ text, notes, definition, ...termNotes(holder === termSec ? termSec : holder, termSec) });
      }
    }
    for (const s of sources) {
      for (const t of targets) {
        const term: TermDraft = {
          source: s.text,
          target: t.text,
          forbidden: t.forbidden,
          caseSensitive: defaultCaseSensitive(s.text),
          matchMode: 'inflected',
        };
        const pos = s.pos ?? t.pos;
        if (pos) term.pos = pos;
        const note = [...s.notes, ...t.notes].join(' / ');
        if (note) term.note = note;
        const definition = s.definition ?? entryDefinition ?? t.definition;
        if (definition) term.definition = definition;
        if (domain) term.domain = domain;
        terms.push(term);
      }
    }
  });
  if (!terms.length) {
    throw new PadananError('glossary.tbxNoTerms', `${fileName}: no concept has both an Indonesian (id) and an English (en) term.`, { file: fileName });
  }
  const result: { terms: TermDraft[]; title?: string } = { terms };
  const titleText = title ? textContent(title).trim() : '';
  if (titleText) result.title = titleText;
  return result;
}

export interface TbxWriteOptions {
  title?: string;
  description?: string;
}

/** Writes TBX-Basic (ISO 30042:2019, DCA style), one concept per term. */
export function writeTbxGlossary(terms: readonly TermDraft[], options: TbxWriteOptions = {}): Uint8Array {
  const w = new XmlWriter('replace');
  w.declaration();
  w.start('tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'id', xmlns: TBX_NAMESPACE });
  w.raw('\n  ').start('tbxHeader').start('fileDesc');
  if (options.title) w.start('titleStmt').element('title', {}, options.title).end('titleStmt');
  w.start('sourceDesc').element('p', {}, options.description ?? 'Exported by Padanan').end('sourceDesc');
  w.end('fileDesc').end('tbxHeader');
  w.raw('\n  ').start('text').start('body');
  terms.forEach((term, index) => {
    w.raw('\n    ').start('conceptEntry', { id: `c${index + 1}` });
    if (term.domain) w.element('descrip', { type: 'subjectField' }, term.domain);
    w.start('langSec', { 'xml:lang': 'id' });
    if (term.definition) w.element('descrip', { type: 'definition' }, term.definition);
    w.start('termSec').element('term', {}, term.source);
    writePos(w, term.pos);
    if (term.note) w.element('note', {}, term.note);
    w.end('termSec').end('langSec');
    w.start('langSec', { 'xml:lang': 'en' }).start('termSec').element('term', {}, term.target);
    writePos(w, term.pos);
    w.element('termNote', { type: 'administrativeStatus' }, term.forbidden ? 'deprecatedTerm-admn-sts' : 'admittedTerm-admn-sts');
    w.end('termSec').end('langSec');
    w.end('conceptEntry');
  });
  w.raw('\n  ').end('body').end('text').raw('\n').end('tbx').raw('\n');
  return new TextEncoder().encode(w.toString());
}

interface LangTerm {
  text: string;
  notes: string[];
  definition: string | undefined;
  pos: PartOfSpeech | undefined;
  forbidden: boolean;
}

function termNotes(holder: XmlElement, termSec: XmlElement): { pos: PartOfSpeech | undefined; forbidden: boolean } {
  const notes = [...childElements(holder, 'termNote'), ...childElements(holder, 'termNoteGrp').flatMap((g) => childElements(g, 'termNote'))];
  if (holder !== termSec) notes.push(...childElements(termSec, 'termNote'));
  let pos: PartOfSpeech | undefined;
  let phrase = false;
  let forbidden = false;
  for (const note of notes) {
    const type = note.attrs.type;
    const value = textContent(note).trim();
    if (type === 'partOfSpeech') pos = toPos(value);
    else if (type === 'termType' && value === 'phrase') phrase = true;
    else if (type === 'administrativeStatus' || type === 'normativeAuthorization') forbidden = /^(deprecated|superseded)/i.test(value);
  }
  if (phrase && (!pos || pos === 'other')) pos = 'phrase';
  return { pos, forbidden };
}

function toPos(value: string): PartOfSpeech {
  const v = value.toLowerCase().replace(/[\s_-]+/g, '');
  if (v === 'noun' || v === 'verb' || v === 'adjective' || v === 'adverb' || v === 'other' || v === 'phrase') return v;
  if (v === 'propernoun') return 'properNoun';
  return 'other';
}

/** TBX-Basic has no proper noun nor phrase part of speech: noun, and other + termType phrase. */
function writePos(w: XmlWriter, pos: PartOfSpeech | undefined): void {
  if (!pos) return;
  const tbx = pos === 'properNoun' ? 'noun' : pos === 'phrase' ? 'other' : pos;
  w.element('termNote', { type: 'partOfSpeech' }, tbx);
  if (pos === 'phrase') w.element('termNote', { type: 'termType' }, 'phrase');
}

function descripText(el: XmlElement, type: string): string | undefined {
  const found = [...childElements(el, 'descrip'), ...childElements(el, 'descripGrp').flatMap((g) => childElements(g, 'descrip'))].find((d) => d.attrs.type === type);
  const text = found ? textContent(found).replace(/\s+/g, ' ').trim() : '';
  return text || undefined;
}
