### Supportive text shown to a person who may be in crisis.
### Follow ../shared/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
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
## $closes_at / $opens_at ("22:30", or "none").
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
        [open] Đang hoạt động, đến { $closes_at }
        [closed] Tạm nghỉ, mở lại lúc { $opens_at }
       *[unknown] Chưa có thông tin giờ hoạt động
    }
