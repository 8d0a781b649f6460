import type { IndexableProcedure } from '../../src/search/index.js';

/** A slice of the real Bắc Ninh catalogue (codes, names and fields as published), for unit tests. */
export const sampleCatalogue: IndexableProcedure[] = [
  { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', fields: ['Hộ tịch'] },
  { code: '1.004884', name: 'Thủ tục đăng ký lại khai sinh', fields: ['Hộ tịch'] },
  { code: '2.000528', name: 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài', fields: ['Hộ tịch'] },
  {
    code: '1.001695',
    name: 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con có yếu tố nước ngoài',
    fields: ['Hộ tịch'],
  },
  {
    code: '1.000893',
    name: 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài cho người đã có hồ sơ, giấy tờ cá nhân',
    fields: ['Hộ tịch'],
  },
  { code: '2.000635', name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh', fields: ['Hộ tịch'] },
  { code: '3.000347', name: 'Đổi giấy phép lái xe', fields: ['Sát hạch, cấp giấy phép lái xe'] },
  { code: '3.000348', name: 'Cấp lại giấy phép lái xe', fields: ['Sát hạch, cấp giấy phép lái xe'] },
  {
    code: '3.000351',
    name: 'Đổi giấy phép lái xe hoặc bằng lái xe của người nước ngoài',
    fields: ['Sát hạch, cấp giấy phép lái xe'],
  },
  {
    code: '1.115464',
    name: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    fields: ['Đất đai'],
  },
  {
    code: '1.012753',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với tổ chức đang sử dụng đất',
    fields: ['Đất đai'],
  },
  { code: '1.004222', name: 'Đăng ký thường trú', fields: ['Đăng ký, quản lý cư trú'] },
  { code: '1.003197', name: 'Xóa đăng ký thường trú', fields: ['Đăng ký, quản lý cư trú'] },
  { code: '1.004194', name: 'Đăng ký tạm trú', fields: ['Đăng ký, quản lý cư trú'] },
  { code: '1.014063', name: 'Cấp đổi thẻ căn cước', fields: ['Cấp, quản lý căn cước'] },
  { code: '1.014064', name: 'Cấp lại thẻ căn cước', fields: ['Cấp, quản lý căn cước'] },
  { code: '1.014061', name: 'Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên', fields: ['Cấp, quản lý căn cước'] },
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
    fields: ['Chứng thực'],
  },
  {
    code: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    fields: ['Chứng thực'],
  },
  { code: '1.013859', name: 'Cấp thẻ công chứng viên', fields: ['Công chứng'] },
  {
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    fields: ['Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)'],
  },
  {
    code: '2.001610',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    fields: ['Thành lập và hoạt động của doanh nghiệp'],
  },
  {
    code: '1.013225',
    name: 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ',
    fields: ['Hoạt động xây dựng'],
  },
  {
    code: '1.001456',
    name: 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)',
    fields: ['Quản lý xuất nhập cảnh'],
  },
  { code: '1.004873', name: 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân', fields: ['Hộ tịch'] },
  {
    code: '1.004859',
    name: 'Thủ tục thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
    fields: ['Hộ tịch'],
  },
  {
    code: '1.011609',
    name: 'Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình',
    fields: ['Giảm nghèo'],
  },
  { code: '3.000198', name: 'Công nhận nguồn giống cây trồng lâm nghiệp', fields: ['Lâm nghiệp và Kiểm lâm'] },
  { code: '2.002850', name: 'Cấp lại văn bằng, chứng chỉ', fields: ['Văn bằng, chứng chỉ'] },
  { code: '1.000802', name: 'Cấp lại Chứng chỉ hành nghề đấu giá', fields: ['Đấu giá tài sản'] },
  { code: '1.000094', name: 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới', fields: ['Hộ tịch'] },
  { code: '2.000806', name: 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài', fields: ['Hộ tịch'] },
  { code: '1.010833', name: 'Cấp giấy xác nhận thân nhân của người có công', fields: ['Người có công'] },
  {
    code: '1.001104',
    name: 'Thủ tục sửa đổi, bổ sung/ cấp lại Giấy chứng nhận lưu hành tự do (CFS) đối với hàng hóa xuất khẩu',
    fields: ['Xuất nhập khẩu'],
  },
  {
    code: '1.001117',
    name: 'Cấp lại Giấy đăng ký hoạt động của Văn phòng giám định tư pháp trong trường hợp Giấy đăng ký hoạt động bị hư hỏng hoặc bị mất',
    fields: ['Giám định tư pháp'],
  },
  { code: '1.001122', name: 'Bổ nhiệm và cấp thẻ giám định viên tư pháp cấp tỉnh', fields: ['Giám định tư pháp'] },
];
