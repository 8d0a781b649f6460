import type { SurveyForm, SurveyOption } from '../client/types.js';

// Marked pure so that bundlers drop the form from code that does not use it (the widgets, createClient alone).
/* @__NO_SIDE_EFFECTS__ */
function option(value: string, vi: string, en: string): SurveyOption {
  return { value, label: { vi, en } };
}

const QUALITY = [
  option('good', 'Tốt', 'Good'),
  option('fair', 'Bình thường', 'Fair'),
  option('poor', 'Chưa tốt', 'Poor'),
];

/**
 * The default rating form, served by the mock and by `@hcc/server`: the national three-level scale, then one optional question per SIPAS aspect (access, procedure,
 * civil servants, result, feedback handling), and the reasons when the citizen is dissatisfied.
 */
export const defaultSurveyForm: SurveyForm = {
  id: 'bac-ninh-hcc',
  version: 1,
  title: { vi: 'Đánh giá mức độ hài lòng', en: 'Rate your satisfaction' },
  overall: {
    label: {
      vi: 'Ông/bà có hài lòng với việc giải quyết hồ sơ?',
      en: 'Are you satisfied with how your dossier was handled?',
    },
    options: [
      option('very-satisfied', 'Rất hài lòng', 'Very satisfied'),
      option('satisfied', 'Hài lòng', 'Satisfied'),
      option('dissatisfied', 'Không hài lòng', 'Dissatisfied'),
    ],
  },
  questions: [
    {
      id: 'access',
      aspect: 'access',
      kind: 'single',
      required: false,
      label: { vi: 'Tiếp cận dịch vụ', en: 'Access to the service' },
      help: { vi: 'Nơi tiếp nhận, trang thiết bị, thông tin hướng dẫn', en: 'Premises, equipment, guidance' },
      options: QUALITY,
    },
    {
      id: 'procedure',
      aspect: 'procedure',
      kind: 'single',
      required: false,
      label: { vi: 'Thủ tục hành chính', en: 'The procedure' },
      options: QUALITY,
    },
    {
      id: 'staff',
      aspect: 'staff',
      kind: 'single',
      required: false,
      label: { vi: 'Công chức giải quyết', en: 'The civil servants' },
      options: QUALITY,
    },
    {
      id: 'result',
      aspect: 'result',
      kind: 'single',
      required: false,
      label: { vi: 'Kết quả giải quyết', en: 'The result' },
      options: QUALITY,
    },
    {
      id: 'feedback',
      aspect: 'feedback',
      kind: 'single',
      required: false,
      label: { vi: 'Tiếp nhận, xử lý góp ý, phản ánh', en: 'Handling of comments and complaints' },
      options: QUALITY,
    },
    {
      id: 'reasons',
      aspect: 'reasons',
      kind: 'multiple',
      required: false,
      label: { vi: 'Điều gì chưa tốt?', en: 'What went wrong?' },
      options: [
        option('late', 'Trả kết quả trễ hạn', 'The result was late'),
        option('extra-documents', 'Yêu cầu thêm giấy tờ', 'Extra documents were asked for'),
        option('many-trips', 'Phải đi lại nhiều lần', 'Too many trips'),
        option('attitude', 'Thái độ công chức', "The civil servants' attitude"),
        option('unofficial-fees', 'Phát sinh chi phí ngoài quy định', 'Unofficial costs'),
        option('other', 'Lý do khác', 'Other'),
      ],
      showWhen: { overall: ['dissatisfied'] },
    },
  ],
  comment: {
    label: { vi: 'Góp ý thêm (không bắt buộc)', en: 'Anything else? (optional)' },
    maxLength: 1000,
    warning: {
      vi: 'Không ghi số điện thoại, số căn cước hay thông tin cá nhân khác.',
      en: 'Do not include phone numbers, ID numbers or other personal data.',
    },
  },
};
