### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## Polite "คุณ", no gendered particle; the service speaks of itself as "เรา".
## [text]: $line_name is a Thai name that reads inside the sentence
## ("สายด่วนสุขภาพจิต 1323"). [label]: it may be in another language, so it
## only stands before ":". Sentences are separated by a space, without "."
## $opens_at arrives as CLDR writes it for th ("09:00 น."): no "น." is added.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = เสียใจจริง ๆ ที่คุณต้องเจอกับเรื่องนี้ และดีใจที่คุณเล่าให้ฟัง คุณไม่จำเป็นต้องผ่านเรื่องนี้ไปคนเดียว

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] ตอนนี้คุณติดต่อ{ $line_name } ได้ทันที โดย{ support-reach }{ support-free }
               *[label] ตอนนี้มีสายด่วนที่คุณติดต่อได้ทันที { $line_name }: { support-reach }{ support-free }
            }
        [closed]
            { $name_form ->
                [text] ขณะนี้{ $line_name } อยู่นอกเวลาทำการ และจะเปิดให้บริการอีกครั้ง{ support-opens } ติดต่อได้โดย{ support-reach }{ support-free }
               *[label] สายด่วนนี้อยู่นอกเวลาทำการในขณะนี้ และจะเปิดให้บริการอีกครั้ง{ support-opens } { $line_name }: { support-reach }{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] คุณติดต่อ{ $line_name } ได้โดย{ support-reach }{ support-free }
               *[label] นี่คือสายด่วนที่คุณติดต่อได้ { $line_name }: { support-reach }{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] คุณหาสายด่วนช่วยเหลือในประเทศของคุณได้ที่ { $directory }
               *[no] คุณยังหาสายด่วนช่วยเหลือได้ที่ { $directory }
            }
    }

## When a closed line opens again: the day, then the time ("พรุ่งนี้เวลา 09:00 น.").
support-opens =
    { $opens_day ->
        [today] วันนี้เวลา { $opens_at }
        [tomorrow] พรุ่งนี้เวลา { $opens_at }
        [mon] วันจันทร์เวลา { $opens_at }
        [tue] วันอังคารเวลา { $opens_at }
        [wed] วันพุธเวลา { $opens_at }
        [thu] วันพฤหัสบดีเวลา { $opens_at }
        [fri] วันศุกร์เวลา { $opens_at }
        [sat] วันเสาร์เวลา { $opens_at }
        [sun] วันอาทิตย์เวลา { $opens_at }
       *[none] ในภายหลัง
    }

support-reach =
    { $reach ->
        [call] โทร { $contact }
        [text] ส่ง SMS ไปที่ { $contact }
        [chat] แชตออนไลน์ที่ { $contact }
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

support-closing = การได้คุยกับคนที่คุณไว้ใจก็ช่วยได้เช่นกัน ความรู้สึกที่หนักขนาดนี้เบาลงได้เมื่อมีคนคอยอยู่ข้าง ๆ และคุณยังคุยกับเราต่อได้

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = คุณอยู่ประเทศไหน? ถ้าบอกเรา เราจะแนะนำสายด่วนช่วยเหลือในประเทศของคุณได้

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [open] เปิดอยู่ ถึง { $closes_at }{ summary-schedule }
        [closed] ปิดอยู่ เปิด{ summary-opens }{ summary-schedule }
       *[unknown] ไม่ระบุเวลาทำการ
    }

## When a closed line opens again, short ("พรุ่งนี้ 09:00 น.").
summary-opens =
    { $opens_day ->
        [today] เวลา { $opens_at }
        [tomorrow] พรุ่งนี้ { $opens_at }
        [mon] วันจันทร์ { $opens_at }
        [tue] วันอังคาร { $opens_at }
        [wed] วันพุธ { $opens_at }
        [thu] วันพฤหัสฯ { $opens_at }
        [fri] วันศุกร์ { $opens_at }
        [sat] วันเสาร์ { $opens_at }
        [sun] วันอาทิตย์ { $opens_at }
       *[none] ภายหลัง
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(ทุกวัน { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
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
preview-protocol-link = บริการนี้แนะนำผู้คนไปยังความช่วยเหลืออย่างไร
preview-intro = สำหรับผู้ดูแลและผู้เชื่อมต่อระบบ: สิ่งที่แชตบอตจะแสดง สร้างจาก API สาธารณะเท่านั้น โปรดอย่าวางบทสนทนาจริงที่นี่
preview-views = มุมมอง
preview-tab-lookup = ค้นหา
preview-tab-coverage = ความครอบคลุม
preview-tab-locales = ภาษา
preview-loading = กำลังโหลด…

## The lookup form.
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

## The answer.
preview-chat-shows = สิ่งที่แชตแสดง
preview-raw-json = JSON ดิบ
preview-meta-language = ภาษา: { $code } (จาก { $source })
preview-meta-country = ประเทศ: { $code } (จาก { $source })
preview-meta-country-unknown = ประเทศ: ไม่ทราบ
preview-meta-locale = ภาษาและภูมิภาค: { $code }
preview-meta-lines = สายด่วนช่วยเหลือ: { $count }
preview-international = รายชื่อบริการระหว่างประเทศ

## An answer's emergency numbers and cards, in the answer's language.
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
preview-fact-checked = ยืนยันกับผู้ให้บริการแล้ว: { $date }
preview-fact-newest-source = แหล่งข้อมูลล่าสุด: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = หลักฐาน: หน้าเว็บของสายด่วนเอง
preview-evidence-corroborated = หลักฐาน: ผู้เผยแพร่สองรายที่ไม่เกี่ยวข้องกัน
preview-evidence-single = หลักฐาน: รายชื่อเพียงแหล่งเดียว
preview-evidence-conflict = หลักฐาน: แหล่งข้อมูลขัดแย้งกัน
preview-fact-country = ประเทศ: { $code }

## The coverage tab.
preview-coverage-summary = ประเทศและดินแดน: { $total } · มีสายด่วนช่วยเหลือ: { $covered } · มีเฉพาะเบอร์ฉุกเฉิน: { $uncovered }
preview-coverage-age = สายด่วนที่แหล่งข้อมูลล่าสุดเก่ากว่า 24 เดือน: { $stale } จาก { $total }
preview-map-caption = แผนที่โลกแสดงความครอบคลุม
preview-map-line = มีสายด่วนช่วยเหลือ
preview-map-emergency = มีเฉพาะเบอร์ฉุกเฉิน
preview-map-none = ไม่มีในชุดข้อมูล
preview-coverage-legend = แถวที่ไฮไลต์มีเฉพาะเบอร์ฉุกเฉิน ไม่มีสายด่วนช่วยเหลือที่คัดเลือกไว้
preview-coverage-caption = ประเทศและดินแดน (เรียงลำดับด้วยปุ่มในคอลัมน์)
preview-column-code = รหัส
preview-column-lines = สายด่วนช่วยเหลือ
preview-column-languages = ภาษา
preview-column-emergency = เหตุฉุกเฉิน
preview-column-stale = สายด่วนที่ใช้แหล่งข้อมูลเก่า
preview-emergency-only = เฉพาะเบอร์ฉุกเฉิน
preview-error-countries = โหลดรายชื่อประเทศไม่ได้ ({ $error })

## The locales tab.
preview-locales-summary = ภาษา: { $total } · ตรวจทานโดยเจ้าของภาษาแล้ว: { $reviewed }
preview-locales-caption = ภาษาที่มีให้และสถานะการตรวจทาน
preview-column-native-name = ชื่อในภาษานั้น
preview-column-direction = ทิศทาง
preview-column-review = การตรวจทาน
preview-reviewed = ตรวจทานแล้ว
preview-not-reviewed = ยังไม่ได้ตรวจทาน
preview-error-locales = โหลดรายการภาษาไม่ได้ ({ $error })
