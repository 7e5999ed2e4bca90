import type { DocumentCodec } from './types';
import { decodeText, encodeText, type TextEncodingName } from '../text/decode';
import { SegmentListBuilder, joinSegments } from './segmentBuilder';

interface TxtSkeletonData {
  encoding: TextEncodingName;
  bom: boolean;
}

/** Plain text: every line is a paragraph (a hard boundary); blank lines and line ends are kept. */
export const txtCodec: DocumentCodec = {
  format: 'txt',
  extensions: ['txt', 'text'],
  mediaType: 'text/plain',

  read(bytes, { fileName, segmenter, now }) {
    const { text, encoding, bom } = decodeText(bytes, fileName);
    const builder = new SegmentListBuilder(segmenter, now);
    const line = /([^\r\n]*)(\r\n|\n|\r|$)/g;
    let m: RegExpExecArray | null;
    while ((m = line.exec(text)) && m[0].length > 0) {
      builder.addParagraph(m[1]!);
      builder.addGap(m[2]!);
    }
    const data: TxtSkeletonData = { encoding, bom };
    return { format: 'txt', skeleton: { kind: 'txt', leading: builder.leading, data }, segments: builder.segments };
  },

  writeTranslation(skeleton, segments) {
    const data = skeleton.data as TxtSkeletonData | undefined;
    const text = joinSegments(skeleton.leading, segments);
    return encodeText(text, data?.encoding === 'windows-1252' ? 'utf-8' : data?.encoding, data?.bom ?? false);
  },
};
