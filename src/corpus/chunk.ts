import { TextSplitter, type TextSplitterParams } from '@langchain/textsplitters';
import { CHUNK_SIZE } from './chunk-size.js';
import type { Chunk, Sentence } from './types.js';

export { CHUNK_SIZE };

/**
 * A LangChain text splitter whose atoms are whole sentences: LangChain's `mergeSplits` packs them into
 * chunks of about `chunkSize` characters, so no sentence is ever cut.
 */
export class SentenceTextSplitter extends TextSplitter {
  static override lc_name(): string {
    return 'SentenceTextSplitter';
  }

  constructor(
    private readonly sentencesOf: (text: string) => string[],
    fields?: Partial<TextSplitterParams>,
  ) {
    const chunkSize = fields?.chunkSize ?? CHUNK_SIZE;
    // A sentence longer than a chunk becomes a chunk of its own, without LangChain's oversize warning.
    super({ chunkOverlap: 0, ...fields, chunkSize, lengthFunction: (t: string) => Math.min(t.length, chunkSize) });
  }

  async splitText(text: string): Promise<string[]> {
    return this.mergeSplits(this.sentencesOf(text), ' ');
  }
}

/**
 * Groups one paragraph's sentences into chunks with offsets. The splitter returns strings; each is matched
 * back to the run of sentences it was made from, so `raw.slice(chunk.start, chunk.end)` is exact.
 */
export async function chunkParagraph(raw: string, sentences: Sentence[], firstId: number): Promise<Chunk[]> {
  if (sentences.length === 0) return [];
  const splitter = new SentenceTextSplitter(() => sentences.map((s) => s.text));
  const pieces = await splitter.splitText('');
  const chunks: Chunk[] = [];
  let i = 0;
  for (const piece of pieces) {
    let j = i;
    let joined = '';
    while (j < sentences.length && joined.length < piece.length) {
      joined = joined ? `${joined} ${(sentences[j] as Sentence).text}` : (sentences[j] as Sentence).text;
      j++;
    }
    if (joined !== piece || j === i) throw new Error('chunk does not match its sentences');
    const first = sentences[i] as Sentence;
    const last = sentences[j - 1] as Sentence;
    chunks.push({
      source: first.source,
      start: first.start,
      end: last.end,
      text: raw.slice(first.start, last.end),
      sentenceIds: sentences.slice(i, j).map((s) => s.id),
      id: firstId + chunks.length,
    });
    i = j;
  }
  return chunks;
}
