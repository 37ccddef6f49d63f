/**
 * Lower-case dotted short forms whose reading depends on what stands around them
 * (normalize/short-forms.ts): "tr. 15" is trang, "80 tr. USD" triệu, "208 tr.CN" trước
 * Công nguyên, "50 ngh. đồng" nghìn. Source: citation style of Nxb. Giáo dục and the
 * business pages of VnExpress and Tuổi Trẻ (market tables).
 */

/** Words that make a number + "tr." a page count ("sách dày 300 tr."), not millions. */
export const PAGE_COUNT_BEFORE: ReadonlySet<string> = new Set([
  'sách', 'cuốn', 'tập', 'dày', 'gồm', 'khổ', 'quyển', 'tài liệu', 'giáo trình', 'luận án', 'luận văn', 'tiểu thuyết',
]);

/** What each glued era form says: "năm 208 tr.CN". */
export const ERA_FORMS: Readonly<Record<string, string>> = {
  'tr.CN': 'trước công nguyên', 'Tr.CN': 'trước công nguyên', 'tr.Cn': 'trước công nguyên',
};
