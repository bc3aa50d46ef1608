### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: ເຈົ້າ / ຂ້ອຍ (polite, gender-neutral). Sentences end with ".".

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name is the object of ຕິດຕໍ່ or the subject.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = ຂ້ອຍເສຍໃຈແທ້ໆ ທີ່ເຈົ້າກຳລັງຜ່ານເລື່ອງຍາກແບບນີ້ ແລະ ດີໃຈທີ່ເຈົ້າໄດ້ເລົ່າໃຫ້ຟັງ. ເຈົ້າບໍ່ຈຳເປັນຕ້ອງແບກຮັບເລື່ອງນີ້ຄົນດຽວ.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] ຕອນນີ້ເຈົ້າສາມາດຕິດຕໍ່ { $line_name } ໄດ້ທັນທີ: { support-reach }.{ support-free }
               *[label] ມີສາຍດ່ວນຊ່ວຍເຫຼືອທີ່ເຈົ້າສາມາດຕິດຕໍ່ໄດ້ທັນທີ. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] ຕອນນີ້ { $line_name } ປິດຢູ່ ແລະ ຈະເປີດອີກຄັ້ງ { support-opens }: { support-reach }.{ support-free }
               *[label] ສາຍດ່ວນນີ້ປິດຢູ່ໃນຕອນນີ້ ແລະ ຈະເປີດອີກຄັ້ງ { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] ເຈົ້າສາມາດຕິດຕໍ່ { $line_name } ໄດ້: { support-reach }.{ support-free }
               *[label] ນີ້ແມ່ນສາຍດ່ວນຊ່ວຍເຫຼືອທີ່ເຈົ້າສາມາດຕິດຕໍ່ໄດ້. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] ເຈົ້າສາມາດຊອກຫາສາຍດ່ວນຊ່ວຍເຫຼືອໃນປະເທດຂອງເຈົ້າໄດ້ທີ່ເວັບໄຊ { $directory }.
               *[no] ເຈົ້າຍັງສາມາດຊອກຫາສາຍດ່ວນຊ່ວຍເຫຼືອໄດ້ທີ່ເວັບໄຊ { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] ມື້ນີ້ ເວລາ { $opens_at } ໂມງ
        [tomorrow] ມື້ອື່ນ ເວລາ { $opens_at } ໂມງ
        [mon] ວັນຈັນ ເວລາ { $opens_at } ໂມງ
        [tue] ວັນອັງຄານ ເວລາ { $opens_at } ໂມງ
        [wed] ວັນພຸດ ເວລາ { $opens_at } ໂມງ
        [thu] ວັນພະຫັດ ເວລາ { $opens_at } ໂມງ
        [fri] ວັນສຸກ ເວລາ { $opens_at } ໂມງ
        [sat] ວັນເສົາ ເວລາ { $opens_at } ໂມງ
        [sun] ວັນອາທິດ ເວລາ { $opens_at } ໂມງ
       *[none] ໃນພາຍຫຼັງ
    }

support-reach =
    { $reach ->
        [call] ໂທຫາເບີ { $contact }
        [text] ສົ່ງ SMS ຫາເບີ { $contact }
        [chat] ແຊັດອອນລາຍທີ່ເວັບໄຊ { $contact }
        [whatsapp] ສົ່ງຂໍ້ຄວາມທາງ WhatsApp ຫາເບີ { $contact }
       *[web] ເຂົ້າໄປທີ່ເວັບໄຊ { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}ການບໍລິການນີ້ບໍ່ເສຍຄ່າ.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] ຖ້າຊີວິດຂອງເຈົ້າກຳລັງຕົກຢູ່ໃນອັນຕະລາຍຕອນນີ້, ກະລຸນາຕິດຕໍ່ຕຳຫຼວດ ຫຼື ລົດສຸກເສີນທັນທີ.
       *[other] ຖ້າຊີວິດຂອງເຈົ້າກຳລັງຕົກຢູ່ໃນອັນຕະລາຍຕອນນີ້, ກະລຸນາໂທຫາເບີ { $emergency } ທັນທີ.
    }

support-closing = ການໄດ້ລົມກັບຄົນທີ່ເຈົ້າໄວ້ໃຈ ກໍອາດຊ່ວຍໄດ້ຄືກັນ. ຄວາມຮູ້ສຶກທີ່ໜັກໜ່ວງແບບນີ້ ສາມາດເບົາບາງລົງໄດ້ເມື່ອໄດ້ຮັບການຊ່ວຍເຫຼືອ, ແລະ ເຈົ້າຍັງລົມກັບຂ້ອຍຕໍ່ໄດ້.

## The question asked when we do not know the person's country; the
## message above then only names the directory.
ask-country = ເຈົ້າຢູ່ປະເທດໃດ? ຖ້າບອກຂ້ອຍ, ຂ້ອຍສາມາດບອກສາຍດ່ວນຊ່ວຍເຫຼືອໃນປະເທດຂອງເຈົ້າໄດ້.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] ໂທ { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] ແຊັດອອນລາຍ{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] ບໍ່ເສຍຄ່າ{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] ເປີດ 24 ຊົ່ວໂມງ ທຸກມື້
        [open] ເປີດຢູ່ຕອນນີ້, ຮອດເວລາ { $closes_at }{ summary-schedule }
        [closed] ປິດຢູ່ຕອນນີ້, ເປີດອີກ { summary-opens }{ summary-schedule }
       *[unknown] ບໍ່ໄດ້ລະບຸເວລາເປີດ
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] ມື້ນີ້ { $opens_at }
        [tomorrow] ມື້ອື່ນ { $opens_at }
        [mon] ຈັນ { $opens_at }
        [tue] ອັງຄານ { $opens_at }
        [wed] ພຸດ { $opens_at }
        [thu] ພະຫັດ { $opens_at }
        [fri] ສຸກ { $opens_at }
        [sat] ເສົາ { $opens_at }
        [sun] ອາທິດ { $opens_at }
       *[none] ໃນພາຍຫຼັງ
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(ທຸກມື້ { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] ຈັນ
        [tue] ອັງຄານ
        [wed] ພຸດ
        [thu] ພະຫັດ
        [fri] ສຸກ
        [sat] ເສົາ
       *[sun] ອາທິດ
    }
summary-last-day =
    { $last ->
        [mon] ຈັນ
        [tue] ອັງຄານ
        [wed] ພຸດ
        [thu] ພະຫັດ
        [fri] ສຸກ
        [sat] ເສົາ
       *[sun] ອາທິດ
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup ສະແດງຕົວຢ່າງ
preview-heading = ສະແດງຕົວຢ່າງ
preview-skip = ຂ້າມໄປຫາເນື້ອຫາຫຼັກ
preview-protocol-link = ບໍລິການນີ້ແນະນຳຜູ້ຄົນໄປຫາຄວາມຊ່ວຍເຫຼືອແນວໃດ
preview-intro = ສຳລັບຜູ້ດູແລບໍລິການ ແລະ ຜູ້ທີ່ເຊື່ອມຕໍ່ມັນເຂົ້າກັບລະບົບຂອງຕົນ: ສິ່ງທີ່ chatbot ຈະສະແດງ, ສ້າງຈາກ API ສາທາລະນະເທົ່ານັ້ນ. ກະລຸນາຢ່າວາງບົດສົນທະນາແທ້ໄວ້ບ່ອນນີ້.
preview-views = ມຸມມອງ
preview-tab-lookup = ຊອກຫາ
preview-tab-coverage = ຂອບເຂດ
preview-tab-locales = ພາສາ
preview-loading = ກຳລັງໂຫຼດ…

## The lookup form.
preview-message = ຂໍ້ຄວາມ
preview-message-hint = ໃຊ້ເພື່ອກວດຫາພາສາເທົ່ານັ້ນ.
preview-locale = Locale
preview-locale-none = — ບໍ່ມີ —
preview-country = ປະເທດ
preview-country-unknown = — ບໍ່ຮູ້ —
preview-topics = ຫົວຂໍ້
preview-topics-hint = ແຍກດ້ວຍເຄື່ອງໝາຍຈຸດ, ຕົວຢ່າງ: { $examples }
preview-channels = ຊ່ອງທາງຕິດຕໍ່
preview-channel-phone = ໂທລະສັບ
preview-channel-sms = SMS
preview-channel-chat = ແຊັດ
preview-submit = ຊອກຫາ
preview-error-vocabularies = ບໍ່ສາມາດໂຫຼດປະເທດ ຫຼື locale ໄດ້ ({ $error }).
preview-error-lookup = ການຊອກຫາລົ້ມເຫຼວ ({ $error }).

## The answer.
preview-chat-shows = ສິ່ງທີ່ແຊັດສະແດງ
preview-raw-json = JSON ດິບ
preview-meta-language = ພາສາ: { $code } (ຈາກ { $source })
preview-meta-country = ປະເທດ: { $code } (ຈາກ { $source })
preview-meta-country-unknown = ປະເທດ: ບໍ່ຮູ້
preview-meta-locale = Locale: { $code }
preview-meta-lines = ສາຍດ່ວນ: { $count }
preview-international = ລາຍຊື່ສາຍດ່ວນສາກົນ

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = ສຸກເສີນ:
preview-police = ຕຳຫຼວດ
preview-ambulance = ລົດສຸກເສີນ
preview-fire = ດັບເພີງ
preview-open-now = ເປີດຢູ່ຕອນນີ້
preview-closed-now = ປິດຢູ່ຕອນນີ້
preview-hours-unknown = ບໍ່ຮູ້ເວລາເປີດ
preview-action-call = ໂທ { $number }
preview-action-text = SMS { $number }
preview-action-chat = ແຊັດ
preview-action-website = ເວັບໄຊ
preview-fact-languages = ພາສາ: { $list }
preview-fact-languages-none = ພາສາ: ບໍ່ໄດ້ລະບຸ
preview-fact-hours = ເວລາ: { $times }
preview-fact-checked = ກວດສອບກັບຜູ້ໃຫ້ບໍລິການແລ້ວ: { $date }
preview-fact-newest-source = ແຫຼ່ງຂໍ້ມູນໃໝ່ສຸດ: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = ຫຼັກຖານ: ໜ້າເວັບຂອງສາຍດ່ວນເອງ
preview-evidence-corroborated = ຫຼັກຖານ: ຜູ້ເຜີຍແຜ່ອິດສະຫຼະສອງແຫ່ງ
preview-evidence-single = ຫຼັກຖານ: ລາຍຊື່ດຽວ
preview-evidence-conflict = ຫຼັກຖານ: ແຫຼ່ງຂໍ້ມູນບໍ່ກົງກັນ
preview-fact-country = ປະເທດ: { $code }

## The coverage tab.
preview-coverage-summary = ປະເທດ ແລະ ດິນແດນ: { $total } · ມີສາຍດ່ວນ: { $covered } · ມີແຕ່ເບີສຸກເສີນ: { $uncovered }.
preview-coverage-age = ສາຍດ່ວນທີ່ແຫຼ່ງຂໍ້ມູນໃໝ່ສຸດເກົ່າກວ່າ 24 ເດືອນ: { $stale } ຈາກ { $total }.
preview-map-caption = ແຜນທີ່ໂລກສະແດງຂອບເຂດ
preview-map-line = ມີສາຍດ່ວນ
preview-map-emergency = ມີແຕ່ເບີສຸກເສີນ
preview-map-none = ບໍ່ມີໃນຊຸດຂໍ້ມູນ
preview-coverage-legend = ແຖວທີ່ເນັ້ນສີມີແຕ່ເບີສຸກເສີນ, ບໍ່ມີສາຍດ່ວນທີ່ຄັດເລືອກໄວ້.
preview-coverage-caption = ປະເທດ ແລະ ດິນແດນ (ຈັດລຽງດ້ວຍປຸ່ມຂອງຖັນ)
preview-column-code = ລະຫັດ
preview-column-lines = ສາຍດ່ວນ
preview-column-languages = ພາສາ
preview-column-emergency = ສຸກເສີນ
preview-column-stale = ສາຍດ່ວນທີ່ມີແຫຼ່ງຂໍ້ມູນເກົ່າ
preview-emergency-only = ມີແຕ່ເບີສຸກເສີນ
preview-error-countries = ບໍ່ສາມາດໂຫຼດປະເທດໄດ້ ({ $error }).

## The locales tab.
preview-locales-summary = Locale: { $total } · ກວດໂດຍເຈົ້າຂອງພາສາ: { $reviewed }.
preview-locales-caption = Locale ທີ່ມີ ແລະ ສະຖານະການກວດ
preview-column-native-name = ຊື່ໃນພາສາຂອງຕົນ
preview-column-direction = ທິດທາງການຂຽນ
preview-column-review = ການກວດ
preview-reviewed = ກວດແລ້ວ
preview-not-reviewed = ຍັງບໍ່ໄດ້ກວດ
preview-error-locales = ບໍ່ສາມາດໂຫຼດ locale ໄດ້ ({ $error }).
