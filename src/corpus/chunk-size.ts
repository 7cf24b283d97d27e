/** Target chunk length in characters: two or three news sentences. */
export const CHUNK_SIZE = 520;
