"""Every word the printed documents say, in one language.

The printed layouts (``printers/layouts``) know no Qt, so they are handed their words: the
screens translate them into the citizen's language (``screens/paper_words.py``); tools,
samples and the technician's pages print the Vietnamese defaults here. A printer that cannot
print the language's script prints the Vietnamese words instead, and a slip in another
language also carries its title in Vietnamese, small, for the officer it is handed to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.model import DossierState, PaymentStatus
from kiosk.domain.wording import WaitUnits


def _dossier_states() -> dict[DossierState, str]:
    return {
        "received": "Đã tiếp nhận",
        "processing": "Đang giải quyết",
        "additional_info_required": "Cần bổ sung hồ sơ",
        "ready": "Đã có kết quả",
        "returned": "Đã trả kết quả",
        "rejected": "Không được tiếp nhận",
        "withdrawn": "Đã rút hồ sơ",
    }


def _payment_states() -> dict[PaymentStatus, str]:
    return {
        "pending": "Chờ thanh toán",
        "paid": "Đã thanh toán",
        "expired": "Hết hạn thanh toán",
        "cancelled": "Đã hủy",
    }


@dataclass(frozen=True)
class PaperWords:
    """The printed words of one language (Vietnamese unless given); ``%1``, ``%2`` are
    filled with :func:`kiosk.domain.wording.fill`."""

    language: str = "vi"
    wait: WaitUnits = field(default_factory=WaitUnits)
    dossier_states: dict[DossierState, str] = field(default_factory=_dossier_states)
    payment_states: dict[PaymentStatus, str] = field(default_factory=_payment_states)
    hotline: str = "Đường dây nóng: %1"
    # the queue ticket
    queue_number: str = "SỐ THỨ TỰ"
    priority: str = "ƯU TIÊN"
    go_to_counter: str = "Mời đến %1"
    appointment: str = "Lịch hẹn %1 · %2"
    people_ahead: str = "Trước bạn: %1 người"
    people_ahead_wait: str = "Trước bạn: %1 người, chờ khoảng %2"
    scan_to_follow: str = "Quét mã để theo dõi lượt gọi"
    issued_offline: str = "Số cấp khi mất kết nối mạng"
    issued_at: str = "Lấy số lúc"
    # the dossier status slip
    status_title: str = "PHIẾU TRA CỨU TÌNH TRẠNG HỒ SƠ"
    dossier_code: str = "Mã hồ sơ"
    status_line: str = "Tình trạng: %1"
    status_offline: str = "Ki-ốt đang mất kết nối: đây là tình trạng đã biết gần nhất"
    updated_at: str = "Cập nhật lúc"
    received_at: str = "Tiếp nhận lúc"
    due_at: str = "Hẹn trả kết quả"
    history: str = "Quá trình giải quyết"
    printed_at: str = "In lúc"
    # the submission receipts
    receipt_title: str = "BIÊN NHẬN HỒ SƠ TRỰC TUYẾN"
    queued_receipt_title: str = "BIÊN NHẬN HỒ SƠ CHỜ GỬI"
    scan_to_look_up: str = "Quét mã để tra cứu tình trạng hồ sơ"
    state_line: str = "Trạng thái: %1"
    queued_explanation: str = (
        "Hồ sơ đã được lưu trên ki-ốt và sẽ tự động gửi đi khi có mạng trở lại. "
        "Mã hồ sơ sẽ được cấp khi cơ quan tiếp nhận."
    )
    local_reference: str = "Mã tham chiếu"
    keep_receipt: str = "Giữ phiếu này và đưa cho cán bộ nếu cần hỗ trợ"
    made_at: str = "Lập lúc"
    applicant: str = "Người nộp: %1"
    fee_line: str = "Phí, lệ phí: %1"
    no_fee: str = "Không mất phí"
    processing_time_line: str = "Thời hạn giải quyết: %1"
    # the payment slip
    payment_title: str = "PHIẾU NỘP PHÍ, LỆ PHÍ"
    amount: str = "Số tiền"
    amount_line: str = "Số tiền: %1"
    payment_reference: str = "Mã thanh toán"
    payment_reference_line: str = "Mã thanh toán: %1"
    bank_reference: str = "Mã giao dịch ngân hàng: %1"
    account: str = "Tài khoản: %1"
    scan_to_pay: str = "Quét mã bằng ứng dụng ngân hàng để nộp phí"
    paid: str = "ĐÃ THANH TOÁN"
    """The paid screen's badge, without its tick (not in every printer's code page)."""
    paid_at: str = "Thanh toán lúc"
    paid_thanks: str = "Đã nhận tiền. Cảm ơn bạn! Hãy giữ phiếu để đối chiếu."
    no_longer_valid: str = (
        "Mã thanh toán này không còn hiệu lực. Vui lòng hỏi cán bộ tại bàn hướng dẫn."
    )
    """The expired screen's message, word for word."""
    # the procedure guide
    guide_title: str = "HƯỚNG DẪN THỦ TỤC HÀNH CHÍNH"
    procedure_code: str = "Mã thủ tục: %1"
    documents: str = "Thành phần hồ sơ"
    fee: str = "Lệ phí"
    processing_time: str = "Thời hạn giải quyết"
    where: str = "Nơi nộp hồ sơ"
    legal_basis: str = "Căn cứ pháp lý"
    continued: str = "%1 (tiếp theo)"
    page: str = "Trang %1/%2"


VIETNAMESE = PaperWords()
"""The words every document prints unless handed others."""
