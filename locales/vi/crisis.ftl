### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables:
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_at    when a closed line opens again ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Mình rất tiếc khi bạn đang phải trải qua điều này, và mình mừng vì bạn đã nói ra. Bạn không phải đối mặt với nó một mình.

support-body =
    { $line_state ->
        [open] Bạn có thể liên hệ { $line_name } ngay bây giờ: { support-reach }.{ support-free }
        [closed] { $line_name } hiện đang ngoài giờ hoạt động và sẽ mở lại lúc { $opens_at }: { support-reach }.{ support-free }
        [unknown] Bạn có thể liên hệ { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Bạn có thể tìm một đường dây hỗ trợ gần bạn tại { $directory }.
           *[no] Nếu bạn cho mình biết bạn đang ở quốc gia nào, mình có thể tìm giúp bạn một đường dây hỗ trợ gần bạn. Bạn cũng có thể tìm tại { $directory }.
        }
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
        [none] Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy liên hệ ngay với dịch vụ cấp cứu tại nơi bạn ở.
       *[other] Nếu bạn đang gặp nguy hiểm ngay lúc này, hãy gọi ngay { $emergency }.
    }

support-closing = Tâm sự với người bạn tin tưởng cũng có thể giúp ích. Những cảm xúc nặng nề như vậy có thể vơi đi khi có người đồng hành, và bạn có thể tiếp tục trò chuyện với mình.

## The question asked when we do not know the person's country.
ask-country = Bạn đang ở quốc gia nào? Khi đó mình có thể chỉ cho bạn một đường dây hỗ trợ gần bạn.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
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
        [closed] Tạm nghỉ, mở lại lúc { $opens_at }{ summary-schedule }
       *[unknown] Chưa có thông tin giờ hoạt động
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
preview-intro = Dành cho người duy trì và tích hợp: những gì một chatbot sẽ hiển thị, chỉ được dựng từ API công khai. Đừng dán các cuộc trò chuyện thật vào đây.
preview-views = Chế độ xem
preview-tab-lookup = Tra cứu
preview-tab-coverage = Phạm vi
preview-tab-locales = Ngôn ngữ
preview-loading = Đang tải…
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
preview-chat-shows = Nội dung hiển thị trong cuộc trò chuyện
preview-raw-json = JSON gốc
preview-meta-language = Ngôn ngữ: { $code } (theo { $source })
preview-meta-country = Quốc gia: { $code } (theo { $source })
preview-meta-country-unknown = Quốc gia: không rõ
preview-meta-locale = Ngôn ngữ và khu vực: { $code }
preview-meta-lines = Đường dây hỗ trợ: { $count }
preview-international = Danh bạ quốc tế
preview-emergency = Khẩn cấp:
preview-police = công an
preview-ambulance = cấp cứu
preview-fire = cứu hỏa
preview-open-now = Đang hoạt động
preview-closed-now = Tạm nghỉ
preview-hours-unknown = Không rõ giờ hoạt động
preview-action-call = Gọi { $number }
preview-action-text = Nhắn tin { $number }
preview-action-chat = Trò chuyện
preview-action-website = Trang web
preview-fact-languages = Ngôn ngữ: { $list }
preview-fact-languages-none = Ngôn ngữ: chưa có thông tin
preview-fact-hours = Giờ hoạt động: { $times }
preview-fact-verified = Đã kiểm tra: { $date }
preview-fact-evidence = Nguồn: { $evidence }
preview-fact-country = Quốc gia: { $code }
preview-coverage-summary = Quốc gia và vùng lãnh thổ: { $total } · có đường dây hỗ trợ: { $covered } · chỉ có số khẩn cấp: { $uncovered }.
preview-coverage-pending = Đang đọc ngày kiểm tra… còn lại: { $count }.
preview-coverage-oldest = Lần kiểm tra đường dây hỗ trợ lâu nhất: { $date }.
preview-coverage-legend = Các hàng được tô sáng chỉ có số khẩn cấp, không có đường dây hỗ trợ nào được chọn.
preview-coverage-caption = Quốc gia và vùng lãnh thổ (sắp xếp bằng các nút ở cột)
preview-column-code = Mã
preview-column-lines = Đường dây hỗ trợ
preview-column-languages = Ngôn ngữ
preview-column-emergency = Khẩn cấp
preview-column-verified = Lần kiểm tra lâu nhất
preview-emergency-only = chỉ số khẩn cấp
preview-error-countries = Không tải được danh sách quốc gia ({ $error }).
preview-locales-summary = Ngôn ngữ: { $total } · đã được người bản ngữ xem lại: { $reviewed }.
preview-locales-caption = Các ngôn ngữ đi kèm và tình trạng xem lại
preview-column-native-name = Tên bản ngữ
preview-column-direction = Hướng chữ
preview-column-review = Xem lại
preview-reviewed = Đã xem lại
preview-not-reviewed = Chưa xem lại
preview-error-locales = Không tải được danh sách ngôn ngữ ({ $error }).
