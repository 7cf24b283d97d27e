import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';

/**
 * The stock LangChain BM25 pipeline that `npm run bench -- --scale` compares dealbot with, as a script
 * started the same way as `ask --json`: reads a folder, splits with RecursiveCharacterTextSplitter, ranks
 * with BM25Retriever, prints one JSON object. Usage: bench-langchain DIR "QUESTION".
 */
const [dir, question] = process.argv.slice(2) as [string, string];
const docs = readdirSync(dir)
  .filter((n) => /\.(?:txt|md)$/.test(n))
  .sort()
  .map((n) => new Document({ pageContent: readFileSync(path.join(dir, n), 'utf8'), metadata: { source: n } }));
const chunks = await new RecursiveCharacterTextSplitter({ chunkSize: 520, chunkOverlap: 50 }).splitDocuments(docs);
const hits = await BM25Retriever.fromDocuments(chunks, { k: 8 }).invoke(question);
process.stdout.write(`${JSON.stringify({ question, retrieved: hits.map((h) => ({ source: h.metadata.source, text: h.pageContent })) })}\n`);
