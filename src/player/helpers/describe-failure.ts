/**
 * Turns an API or network failure into a Vietnamese message for listeners (the API's own
 * messages are English and meant for developers).
 * @example describeFailure(404) //=> 'Không tìm thấy bài viết này.'
 */
export function describeFailure(status: number | 'network' | 'media'): string {
  if (status === 'network') return 'Không kết nối được máy chủ âm thanh. Vui lòng kiểm tra mạng.';
  if (status === 'media') return 'Không phát được âm thanh.';
  if (status === 404) return 'Không tìm thấy bài viết này.';
  if (status === 502) return 'Tạo âm thanh không thành công.';
  if (status === 429) return 'Máy chủ đang bận. Vui lòng thử lại sau ít phút.';
  if (status === 400) return 'Yêu cầu không hợp lệ.';
  return 'Đã có lỗi xảy ra.';
}
