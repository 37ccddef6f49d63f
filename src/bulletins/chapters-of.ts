import type { ManifestChapter, ManifestSegment } from '../manifest.js';

/** Which paragraph of a bulletin reads which article (`ArticleRecord.chapters`). */
export interface ChapterMark {
  articleId: string;
  title: string;
  paragraph: number;
}

/**
 * A bulletin's chapters in its audio: each runs from the start of its paragraph's first
 * segment to the end of its last (the pause after it included, so chapters follow each
 * other without a gap). A paragraph with nothing spoken has no chapter.
 * @example chaptersOf([{ articleId: 'ca-phe', title: 'Giá cà phê tăng', paragraph: 2 }], segments)
 * //=> [{ articleId: 'ca-phe', title: 'Giá cà phê tăng', startMs: 5210, endMs: 19840 }]
 */
export function chaptersOf(marks: readonly ChapterMark[], segments: readonly ManifestSegment[]): ManifestChapter[] {
  return marks.flatMap(({ articleId, title, paragraph }) => {
    const inParagraph = segments.filter((s) => s.paragraph === paragraph);
    if (inParagraph.length === 0) return [];
    return [{ articleId, title, startMs: inParagraph[0].startMs, endMs: inParagraph[inParagraph.length - 1].endMs }];
  });
}
