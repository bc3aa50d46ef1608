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

support-opening = เสียใจจริง ๆ ที่คุณต้องเจอกับเรื่องนี้ และดีใจที่คุณเล่าให้ฟัง คุณไม่จำเป็นต้องผ่านเรื่องนี้ไปคนเดียว

support-body =
    { $line_state ->
        [open] ตอนนี้คุณติดต่อ { $line_name } ได้ทันที โดย{ support-reach }{ support-free }
        [closed] ขณะนี้ { $line_name } อยู่นอกเวลาทำการ และจะเปิดอีกครั้งเวลา { $opens_at } ติดต่อได้โดย{ support-reach }{ support-free }
        [unknown] คุณติดต่อ { $line_name } ได้โดย{ support-reach }{ support-free }
       *[none] { $country_known ->
            [yes] คุณหาสายด่วนช่วยเหลือใกล้ตัวคุณได้ที่ { $directory }
           *[no] ถ้าคุณบอกได้ว่าอยู่ประเทศไหน เราจะช่วยหาสายด่วนช่วยเหลือใกล้ตัวคุณให้ และคุณยังหาได้เองที่ { $directory }
        }
    }

support-reach =
    { $reach ->
        [call] โทร { $contact }
        [text] ส่ง SMS ไปที่ { $contact }
        [chat] แชตผ่าน { $contact }
        [whatsapp] ส่งข้อความ WhatsApp ไปที่ { $contact }
       *[web] เข้าไปที่ { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}ไม่มีค่าใช้จ่าย
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] หากคุณตกอยู่ในอันตรายเฉพาะหน้า โปรดติดต่อหน่วยบริการฉุกเฉินในพื้นที่ของคุณทันที
       *[other] หากคุณตกอยู่ในอันตรายเฉพาะหน้า โปรดโทร { $emergency } ทันที
    }

support-closing = การได้คุยกับคนที่คุณไว้ใจก็ช่วยได้เช่นกัน ความรู้สึกที่หนักขนาดนี้เบาลงได้เมื่อมีคนคอยอยู่ข้าง ๆ และคุณคุยกับเราต่อได้เสมอ

## The question asked when we do not know the person's country.
ask-country = คุณอยู่ประเทศไหน? ถ้าบอกเรา เราจะแนะนำสายด่วนช่วยเหลือใกล้ตัวคุณได้

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] โทร { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] แชตออนไลน์{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] ฟรี{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] เปิด 24 ชั่วโมง
        [open] เปิดอยู่ ถึงเวลา { $closes_at }
        [closed] ปิดอยู่ เปิดเวลา { $opens_at }
       *[unknown] ไม่ระบุเวลาทำการ
    }
