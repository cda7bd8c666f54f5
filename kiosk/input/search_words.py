"""The words citizens search with that the catalogue does not use: everyday names of
procedures, and words that say nothing about which procedure is meant.

``SYNONYMS`` maps what people say ("sổ đỏ", "nhập hộ khẩu") to the catalogue's words; the
province adds its own, or says otherwise, through its office's ``search_synonyms``. The
search compares them folded (no marks, no case), as it compares everything.
"""

from __future__ import annotations

FILLER_WORDS: frozenset[str] = frozenset(
    """thủ tục làm xin cho tôi em mình muốn cần hỏi về của việc để thế nào đâu gì cách phải
    được giúp với như này là có không ai""".split()
)
"""Words a query may hold that name no procedure: "thủ tục", "làm", "xin", "cho tôi", "như
thế nào", "ở đâu"… Left out of a query that has other words, when typed as here or without
marks ("lam", but not "lâm")."""

SYNONYMS: dict[str, str] = {
    # hộ tịch
    "giấy khai sinh": "khai sinh",
    "làm lại giấy khai sinh": "đăng ký lại khai sinh",
    "mất giấy khai sinh": "đăng ký lại khai sinh",
    "bản sao giấy khai sinh": "trích lục hộ tịch",
    "trích lục khai sinh": "trích lục hộ tịch",
    "giấy kết hôn": "đăng ký kết hôn",
    "báo tử": "đăng ký khai tử",
    "giấy chứng tử": "đăng ký khai tử",
    "độc thân": "xác nhận tình trạng hôn nhân",
    "nhận con": "nhận cha mẹ con",
    "đổi tên": "thay đổi cải chính hộ tịch",
    "sửa ngày sinh": "thay đổi cải chính hộ tịch",
    "sửa tên": "thay đổi cải chính hộ tịch",
    # chứng thực
    "công chứng": "chứng thực",
    "photo công chứng": "chứng thực bản sao",
    "sao y bản chính": "chứng thực bản sao",
    "sao y": "chứng thực bản sao",
    "chữ kí": "chữ ký",
    "mua bán nhà": "hợp đồng nhà ở",
    "mua bán đất": "hợp đồng quyền sử dụng đất",
    "hủy hợp đồng": "hủy bỏ hợp đồng",
    "chia thừa kế": "phân chia di sản",
    # cư trú
    "nhập hộ khẩu": "đăng ký thường trú",
    "chuyển hộ khẩu": "đăng ký thường trú",
    "hộ khẩu": "thường trú",
    "cắt hộ khẩu": "xóa đăng ký thường trú",
    "xóa hộ khẩu": "xóa đăng ký thường trú",
    "tách hộ khẩu": "tách hộ",
    "tách sổ hộ khẩu": "tách hộ",
    "đi làm ăn xa": "tạm vắng",
    "khai báo tạm trú": "đăng ký tạm trú",
    # hộ kinh doanh
    "giấy phép kinh doanh": "đăng ký hộ kinh doanh",
    "mất giấy phép kinh doanh": "cấp lại giấy chứng nhận hộ kinh doanh",
    "mất giấy phép": "cấp lại giấy phép",
    "mở hộ kinh doanh": "thành lập hộ kinh doanh",
    "mở quán": "thành lập hộ kinh doanh",
    "bán hàng": "kinh doanh",
    "đổi địa chỉ kinh doanh": "thay đổi hộ kinh doanh",
    "nghỉ kinh doanh": "tạm ngừng kinh doanh",
    "đóng cửa": "chấm dứt hoạt động",
    "giải thể": "chấm dứt hoạt động",
    # đất đai
    "sổ đỏ": "giấy chứng nhận quyền sử dụng đất",
    "sổ hồng": "giấy chứng nhận quyền sử dụng đất",
    "làm sổ đỏ": "cấp giấy chứng nhận lần đầu",
    "sang tên": "biến động chuyển nhượng",
    "sang tên sổ đỏ": "biến động chuyển nhượng quyền sử dụng đất",
    "đính chính sổ đỏ": "đính chính giấy chứng nhận",
    "đổi sổ đỏ": "cấp đổi giấy chứng nhận",
    "lên thổ cư": "chuyển mục đích sử dụng đất",
    "đất ở": "mục đích sử dụng đất",
    "đất vườn": "mục đích sử dụng đất",
    "tranh chấp đất": "hòa giải tranh chấp đất đai",
    "sai thông tin sổ đỏ": "đính chính giấy chứng nhận",
    # xây dựng
    "gpxd": "giấy phép xây dựng",
    "xin phép xây nhà": "giấy phép xây dựng mới",
    "xây nhà": "giấy phép xây dựng mới",
    "sửa nhà": "sửa chữa cải tạo nhà ở",
    # bảo trợ xã hội
    "người già": "trợ cấp xã hội",
    "lương hưu": "trợ cấp xã hội hằng tháng",
    "tiền mai táng": "mai táng phí",
    "ma chay": "mai táng phí",
    "tàn tật": "khuyết tật",
    "làm nhà": "hỗ trợ làm nhà ở",
    "nhà bị bão": "trợ giúp khẩn cấp nhà ở",
    # bảo hiểm y tế
    "bhyt": "bảo hiểm y tế",
    "mua bảo hiểm": "đóng bảo hiểm hộ gia đình",
    "mất thẻ": "cấp lại thẻ",
}
"""Everyday words (left) and the catalogue's words (right) a query takes instead."""
