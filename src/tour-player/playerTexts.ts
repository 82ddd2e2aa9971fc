import type { TourLang } from '../heritage/player/tourTypes.ts';

/** Labels of the offline player's controls (vi and en; other narration languages use English). */
const TEXTS = {
  vi: { play: 'Phát', pause: 'Tạm dừng', next: 'Điểm tiếp', previous: 'Điểm trước', language: 'Ngôn ngữ thuyết minh', stop: 'Điểm {n}/{total}', noTour: 'Gói tour không có tour.js/tour.json.', subtitlesOnly: 'Chỉ phụ đề (trình duyệt không đọc được {lang})', fallback: 'Chưa có bản {lang}; hiển thị bản {used}', panorama: 'Ảnh 360°' },
  en: { play: 'Play', pause: 'Pause', next: 'Next stop', previous: 'Previous stop', language: 'Narration language', stop: 'Stop {n}/{total}', noTour: 'This bundle has no tour.js/tour.json.', subtitlesOnly: 'Subtitles only (this browser cannot read {lang} aloud)', fallback: 'No {lang} text yet; showing {used}', panorama: '360° view' },
} as const;

/** A player label key. */
export type PlayerTextKey = keyof (typeof TEXTS)['en'];

/** The label `key` for narration language `lang`, with `{name}` placeholders filled. */
export function playerText(lang: TourLang, key: PlayerTextKey, params: Record<string, string | number> = {}): string {
  const dict = lang === 'vi' ? TEXTS.vi : TEXTS.en;
  return dict[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
