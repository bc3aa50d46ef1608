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
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
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
        [open] เปิดอยู่ ถึงเวลา { $closes_at }{ summary-schedule }
        [closed] ปิดอยู่ เปิดเวลา { $opens_at }{ summary-schedule }
       *[unknown] ไม่ระบุเวลาทำการ
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(ทุกวัน { $from }–{ $to } น.)
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to } น.)
        [day] {" "}({ summary-first-day } { $from }–{ $to } น.)
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] จ.
        [tue] อ.
        [wed] พ.
        [thu] พฤ.
        [fri] ศ.
        [sat] ส.
       *[sun] อา.
    }
summary-last-day =
    { $last ->
        [mon] จ.
        [tue] อ.
        [wed] พ.
        [thu] พฤ.
        [fri] ศ.
        [sat] ส.
       *[sun] อา.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = ตัวอย่างการแสดงผล crisis-lookup
preview-heading = ตัวอย่างการแสดงผล
preview-skip = ข้ามไปที่เนื้อหา
preview-intro = สำหรับผู้ดูแลและผู้เชื่อมต่อระบบ: สิ่งที่แชตบอตจะแสดง สร้างจาก API สาธารณะเท่านั้น โปรดอย่าวางบทสนทนาจริงที่นี่
preview-views = มุมมอง
preview-tab-lookup = ค้นหา
preview-tab-coverage = ความครอบคลุม
preview-tab-locales = ภาษา
preview-loading = กำลังโหลด…
preview-message = ข้อความ
preview-message-hint = ใช้เพื่อระบุภาษาเท่านั้น
preview-locale = ภาษาและภูมิภาค
preview-locale-none = — ไม่มี —
preview-country = ประเทศ
preview-country-unknown = — ไม่ทราบ —
preview-topics = หัวข้อ
preview-topics-hint = คั่นด้วยจุลภาค เช่น { $examples }
preview-channels = ช่องทาง
preview-channel-phone = โทรศัพท์
preview-channel-sms = SMS
preview-channel-chat = แชต
preview-submit = ค้นหา
preview-error-vocabularies = โหลดรายชื่อประเทศหรือภาษาไม่ได้ ({ $error })
preview-error-lookup = ค้นหาไม่สำเร็จ ({ $error })
preview-chat-shows = สิ่งที่แชตแสดง
preview-raw-json = JSON ดิบ
preview-meta-language = ภาษา: { $code } (จาก { $source })
preview-meta-country = ประเทศ: { $code } (จาก { $source })
preview-meta-country-unknown = ประเทศ: ไม่ทราบ
preview-meta-locale = ภาษาและภูมิภาค: { $code }
preview-meta-lines = สายด่วนช่วยเหลือ: { $count }
preview-international = รายชื่อบริการระหว่างประเทศ
preview-emergency = เหตุฉุกเฉิน:
preview-police = ตำรวจ
preview-ambulance = รถพยาบาล
preview-fire = ดับเพลิง
preview-open-now = เปิดอยู่
preview-closed-now = ปิดอยู่
preview-hours-unknown = ไม่ทราบเวลาทำการ
preview-action-call = โทร { $number }
preview-action-text = SMS { $number }
preview-action-chat = แชต
preview-action-website = เว็บไซต์
preview-fact-languages = ภาษา: { $list }
preview-fact-languages-none = ภาษา: ไม่ระบุ
preview-fact-hours = เวลาทำการ: { $times }
preview-fact-verified = ตรวจสอบเมื่อ: { $date }
preview-fact-evidence = หลักฐาน: { $evidence }
preview-fact-country = ประเทศ: { $code }
preview-coverage-summary = ประเทศและดินแดน: { $total } · มีสายด่วนช่วยเหลือ: { $covered } · มีเฉพาะเบอร์ฉุกเฉิน: { $uncovered }
preview-coverage-pending = กำลังอ่านวันที่ตรวจสอบ… เหลืออีก: { $count }
preview-coverage-oldest = การตรวจสอบสายด่วนที่เก่าที่สุด: { $date }
preview-coverage-legend = แถวที่ไฮไลต์มีเฉพาะเบอร์ฉุกเฉิน ไม่มีสายด่วนช่วยเหลือที่คัดเลือกไว้
preview-coverage-caption = ประเทศและดินแดน (เรียงลำดับด้วยปุ่มในคอลัมน์)
preview-column-code = รหัส
preview-column-lines = สายด่วนช่วยเหลือ
preview-column-languages = ภาษา
preview-column-emergency = เหตุฉุกเฉิน
preview-column-verified = ตรวจสอบเก่าที่สุด
preview-emergency-only = เฉพาะเบอร์ฉุกเฉิน
preview-error-countries = โหลดรายชื่อประเทศไม่ได้ ({ $error })
preview-locales-summary = ภาษา: { $total } · ตรวจทานโดยเจ้าของภาษาแล้ว: { $reviewed }
preview-locales-caption = ภาษาที่มีให้และสถานะการตรวจทาน
preview-column-native-name = ชื่อในภาษานั้น
preview-column-direction = ทิศทาง
preview-column-review = การตรวจทาน
preview-reviewed = ตรวจทานแล้ว
preview-not-reviewed = ยังไม่ได้ตรวจทาน
preview-error-locales = โหลดรายการภาษาไม่ได้ ({ $error })
