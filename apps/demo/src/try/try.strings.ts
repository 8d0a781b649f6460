import type { EnglishStrings, Strings } from '../shell/language.js';

/** English for try.html's marked elements. */
export const tryEnglish: EnglishStrings = {
  description: 'Sample dossiers in all 10 statuses to try tracking and rating with the hcc widgets.',
  title: 'Try it: track and rate sample dossiers – hcc',
  skip: 'Skip to main content',
  heading: 'Try it: track and rate sample dossiers',
  intro:
    'Each sample dossier below has a dossier code and a verifier (the last four digits of the applicant’s phone), as printed on the receipt and appointment slip. Choose “Track” to see its progress, or “Rate” for a processed dossier.',
  fixtures: 'Sample dossiers',
  'track-title': 'Track a sample dossier',
  'rate-title': 'Rate a sample dossier',
  'rate-hint': 'Choose “Rate” on a processed dossier.',
};

type TryKey =
  | 'caption'
  | 'code'
  | 'verifier'
  | 'status'
  | 'traits'
  | 'actions'
  | 'track'
  | 'rate'
  | 'open-portal'
  | 'track-label'
  | 'rate-label'
  | 'open-portal-label'
  | 'empty'
  | 'checking'
  | 'already-rated'
  | 'check-failed';

/** Strings the try page's script renders. */
export const tryStrings: Strings<TryKey> = {
  vi: {
    caption: 'Hồ sơ mẫu của bản trình diễn, đủ 10 trạng thái',
    code: 'Mã hồ sơ',
    verifier: 'Số xác minh',
    status: 'Trạng thái',
    traits: 'Đặc điểm',
    actions: 'Thao tác',
    track: 'Tra cứu',
    rate: 'Đánh giá',
    'open-portal': 'Mở trên cổng',
    'track-label': 'Tra cứu hồ sơ %{code}',
    'rate-label': 'Đánh giá hồ sơ %{code}',
    'open-portal-label': 'Mở trên cổng hồ sơ %{code}',
    empty: 'Kịch bản này không có hồ sơ mẫu. Chọn kịch bản “Bình thường” để dùng thử.',
    checking: 'Đang kiểm tra hồ sơ %{code}…',
    'already-rated': 'Hồ sơ %{code} đã được đánh giá lúc %{when}. Mỗi hồ sơ chỉ được đánh giá một lần.',
    'check-failed': 'Không kiểm tra được hồ sơ %{code}. Vẫn có thể đánh giá bên dưới.',
  },
  en: {
    caption: 'The demo’s sample dossiers, covering all 10 statuses',
    code: 'Dossier code',
    verifier: 'Verifier',
    status: 'Status',
    traits: 'Traits',
    actions: 'Actions',
    track: 'Track',
    rate: 'Rate',
    'open-portal': 'Open on the portal',
    'track-label': 'Track dossier %{code}',
    'rate-label': 'Rate dossier %{code}',
    'open-portal-label': 'Open on the portal: dossier %{code}',
    empty: 'This scenario has no sample dossiers. Choose the “Normal” scenario to try them.',
    checking: 'Checking dossier %{code}…',
    'already-rated': 'Dossier %{code} was already rated on %{when}. Each dossier can be rated once.',
    'check-failed': 'Could not check dossier %{code}. You can still rate it below.',
  },
};
