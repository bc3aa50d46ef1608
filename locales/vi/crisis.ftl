### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## "mình" / "bạn", warm and informal. [text]: $line_name is a Vietnamese name
## that reads inside the sentence ("Đường dây nóng Ngày Mai"). [label]: it may
## be in another language, so it only stands before ":".
## $opens_at arrives as CLDR writes it for vi ("09:00").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Mình rất tiếc khi biết bạn đang phải trải qua điều này, và mình mừng vì bạn đã nói ra. Bạn không phải đối mặt với chuyện này một mình.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Bạn có thể liên hệ { $line_name } ngay bây giờ: { support-reach }.{ support-free }
               *[label] Ngay bây giờ bạn có thể liên hệ một đường dây hỗ trợ. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Hiện { $line_name } đang ngoài giờ hoạt động và sẽ mở lại { support-opens }: { support-reach }.{ support-free }
               *[label] Đường dây hỗ trợ này hiện đang ngoài giờ hoạt động và sẽ mở lại { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Bạn có thể liên hệ { $line_name }: { support-reach }.{ support-free }
               *[label] Đây là một đường dây hỗ trợ bạn có thể liên hệ. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Bạn có thể tìm đường dây hỗ trợ ở quốc gia của bạn tại { $directory }.
               *[no] Bạn cũng có thể tìm đường dây hỗ trợ tại { $directory }.
            }
    }

## When a closed line opens again: the time, then the day ("lúc 09:00 ngày mai").
support-opens =
    { $opens_day ->
        [today] lúc { $opens_at } hôm nay
        [tomorrow] lúc { $opens_at } ngày mai
        [mon] lúc { $opens_at } thứ Hai
        [tue] lúc { $opens_at } thứ Ba
        [wed] lúc { $opens_at } thứ Tư
        [thu] lúc { $opens_at } thứ Năm
        [fri] lúc { $opens_at } thứ Sáu
        [sat] lúc { $opens_at } thứ Bảy
        [sun] lúc { $opens_at } Chủ nhật
       *[none] sau
    }

support-reach =
    { $reach ->
        [call] gọi số { $contact }
        [text] nhắn tin đến số { $contact }
        [chat] trò chuyện trực tuyến tại { $contact }
        [whatsapp] nhắn tin qua WhatsApp đến số { $contact }
       *[web] truy cập { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Dịch vụ miễn phí.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi ngay số khẩn cấp ở nơi bạn đang ở.
       *[other] Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi ngay { $emergency }.
    }

support-closing = Tâm sự với một người mà bạn tin tưởng cũng có thể giúp ích. Những cảm xúc nặng nề như vậy có thể vơi đi khi có người đồng hành, và bạn có thể tiếp tục trò chuyện với mình.

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = Bạn đang ở quốc gia nào? Cho mình biết để mình chỉ cho bạn một đường dây hỗ trợ ở đó nhé.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Gọi { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] Nhắn tin { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Trò chuyện trực tuyến{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Miễn phí{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Hoạt động 24/7
        [open] Đang hoạt động, đến { $closes_at }{ summary-schedule }
        [closed] Đang ngoài giờ, mở lại { summary-opens }{ summary-schedule }
       *[unknown] Chưa có thông tin giờ hoạt động
    }

## When a closed line opens again, short ("lúc 09:00 ngày mai").
summary-opens =
    { $opens_day ->
        [today] lúc { $opens_at }
        [tomorrow] lúc { $opens_at } ngày mai
        [mon] lúc { $opens_at } T2
        [tue] lúc { $opens_at } T3
        [wed] lúc { $opens_at } T4
        [thu] lúc { $opens_at } T5
        [fri] lúc { $opens_at } T6
        [sat] lúc { $opens_at } T7
        [sun] lúc { $opens_at } CN
       *[none] sau
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(hằng ngày { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day }, { $from }–{ $to })
        [day] {" "}({ summary-first-day }, { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] T2
        [tue] T3
        [wed] T4
        [thu] T5
        [fri] T6
        [sat] T7
       *[sun] CN
    }
summary-last-day =
    { $last ->
        [mon] T2
        [tue] T3
        [wed] T4
        [thu] T5
        [fri] T6
        [sat] T7
       *[sun] CN
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Xem trước crisis-lookup
preview-heading = xem trước
preview-skip = Chuyển đến nội dung
preview-protocol-link = Cách dịch vụ này giới thiệu nơi hỗ trợ cho người cần giúp
preview-intro = Dành cho người duy trì và tích hợp: những gì một chatbot sẽ hiển thị, chỉ được dựng từ API công khai. Đừng dán các cuộc trò chuyện thật vào đây.
preview-views = Chế độ xem
preview-tab-lookup = Tra cứu
preview-tab-coverage = Phạm vi
preview-tab-locales = Ngôn ngữ
preview-loading = Đang tải…

## The lookup form.
preview-message = Tin nhắn
preview-message-hint = Chỉ dùng để nhận diện ngôn ngữ.
preview-locale = Ngôn ngữ và khu vực
preview-locale-none = — không có —
preview-country = Quốc gia
preview-country-unknown = — không rõ —
preview-topics = Chủ đề
preview-topics-hint = Cách nhau bằng dấu phẩy, ví dụ: { $examples }
preview-channels = Kênh
preview-channel-phone = Điện thoại
preview-channel-sms = SMS
preview-channel-chat = Trò chuyện
preview-submit = Tra cứu
preview-error-vocabularies = Không tải được danh sách quốc gia hoặc ngôn ngữ ({ $error }).
preview-error-lookup = Không tra cứu được ({ $error }).

## The answer.
preview-chat-shows = Nội dung hiển thị trong cuộc trò chuyện
preview-raw-json = JSON gốc
preview-meta-language = Ngôn ngữ: { $code } (theo { $source })
preview-meta-country = Quốc gia: { $code } (theo { $source })
preview-meta-country-unknown = Quốc gia: không rõ
preview-meta-locale = Ngôn ngữ và khu vực: { $code }
preview-meta-lines = Đường dây hỗ trợ: { $count }
preview-international = Danh bạ quốc tế

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Khẩn cấp:
preview-police = công an
preview-ambulance = cấp cứu
preview-fire = cứu hỏa
preview-open-now = Đang hoạt động
preview-closed-now = Đang ngoài giờ
preview-hours-unknown = Không rõ giờ hoạt động
preview-action-call = Gọi { $number }
preview-action-text = Nhắn tin { $number }
preview-action-chat = Trò chuyện
preview-action-website = Trang web
preview-fact-languages = Ngôn ngữ: { $list }
preview-fact-languages-none = Ngôn ngữ: chưa có thông tin
preview-fact-hours = Giờ hoạt động: { $times }
preview-fact-checked = Đã xác nhận với đơn vị vận hành: { $date }
preview-fact-newest-source = Nguồn mới nhất: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Căn cứ: trang của chính đường dây
preview-evidence-corroborated = Căn cứ: hai nguồn độc lập với nhau
preview-evidence-single = Căn cứ: một danh bạ duy nhất
preview-evidence-conflict = Căn cứ: các nguồn không khớp nhau
preview-fact-country = Quốc gia: { $code }

## The coverage tab.
preview-coverage-summary = Quốc gia và vùng lãnh thổ: { $total } · có đường dây hỗ trợ: { $covered } · chỉ có số khẩn cấp: { $uncovered }.
preview-coverage-age = Đường dây có nguồn mới nhất đã cũ hơn 24 tháng: { $stale } trên { $total }.
preview-map-caption = Bản đồ thế giới về phạm vi hỗ trợ
preview-map-line = Có đường dây hỗ trợ
preview-map-emergency = Chỉ có số khẩn cấp
preview-map-none = Không có trong dữ liệu
preview-coverage-legend = Các hàng được tô sáng chỉ có số khẩn cấp, không có đường dây hỗ trợ nào được chọn.
preview-coverage-caption = Quốc gia và vùng lãnh thổ (sắp xếp bằng các nút ở cột)
preview-column-code = Mã
preview-column-lines = Đường dây hỗ trợ
preview-column-languages = Ngôn ngữ
preview-column-emergency = Khẩn cấp
preview-column-stale = Đường dây có nguồn cũ
preview-emergency-only = chỉ số khẩn cấp
preview-error-countries = Không tải được danh sách quốc gia ({ $error }).

## The locales tab.
preview-locales-summary = Ngôn ngữ: { $total } · đã được người bản ngữ xem lại: { $reviewed }.
preview-locales-caption = Các ngôn ngữ đi kèm và tình trạng xem lại
preview-column-native-name = Tên bản ngữ
preview-column-direction = Hướng chữ
preview-column-review = Xem lại
preview-reviewed = Đã xem lại
preview-not-reviewed = Chưa xem lại
preview-error-locales = Không tải được danh sách ngôn ngữ ({ $error }).
