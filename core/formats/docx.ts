/** The DOCX document codec; the implementation lives in ./docx/. */
export { docxCodec } from './docx/codec';
