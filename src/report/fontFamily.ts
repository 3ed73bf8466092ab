/** The family name the shipped Noto Sans SC slices declare (kept apart from notoSansSc.ts, which reads files in Node, so the page can build reports). */
export const FONT_FAMILY = 'Noto Sans SC';
