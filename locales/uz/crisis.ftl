### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Uzbek in the Latin alphabet, the official script state bodies use today
### (oʻ and gʻ with U+02BB, the tutuq belgisi with U+02BC). Register: Siz.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name stands inside the sentence, never first, in the
## nominative: as the subject or before "orqali".

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Hozir shunchalik ogʻir ahvolda ekaningizdan chin dildan afsusdaman, bu haqda aytganingiz esa juda yaxshi boʻldi. Bu bilan yolgʻiz oʻzingiz kurashishingiz shart emas.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Hozirning oʻzida { $line_name } orqali yordam olishingiz mumkin: { support-reach }.{ support-free }
               *[label] Hozirning oʻzida bogʻlanish mumkin boʻlgan yordam liniyasi bor. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Hozir { $line_name } ishlamayapti, u { support-opens } yana ishlay boshlaydi: { support-reach }.{ support-free }
               *[label] Bu yordam liniyasi hozir ishlamayapti, u { support-opens } yana ishlay boshlaydi. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Siz { $line_name } orqali yordam olishingiz mumkin: { support-reach }.{ support-free }
               *[label] Mana, bogʻlanishingiz mumkin boʻlgan yordam liniyasi. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Davlatingizdagi yordam liniyasini { $directory } saytidan topishingiz mumkin.
               *[no] Yordam liniyasini { $directory } saytidan ham topishingiz mumkin.
            }
    }

## When a closed line opens again: the day, then the time ("soat 09:00 da").
support-opens =
    { $opens_day ->
        [today] bugun soat { $opens_at } da
        [tomorrow] ertaga soat { $opens_at } da
        [mon] dushanba kuni soat { $opens_at } da
        [tue] seshanba kuni soat { $opens_at } da
        [wed] chorshanba kuni soat { $opens_at } da
        [thu] payshanba kuni soat { $opens_at } da
        [fri] juma kuni soat { $opens_at } da
        [sat] shanba kuni soat { $opens_at } da
        [sun] yakshanba kuni soat { $opens_at } da
       *[none] keyinroq
    }

support-reach =
    { $reach ->
        [call] { $contact } raqamiga qoʻngʻiroq qiling
        [text] { $contact } raqamiga SMS yuboring
        [chat] { $contact } saytidagi onlayn chatga yozing
        [whatsapp] WhatsApp orqali { $contact } raqamiga yozing
       *[web] { $contact } saytiga kiring
    }

support-free =
    { $free ->
        [yes] {" "}Bu xizmat bepul.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Agar hozir hayotingiz xavf ostida boʻlsa, darhol tez yordam yoki politsiyaga qoʻngʻiroq qiling.
       *[other] Agar hozir hayotingiz xavf ostida boʻlsa, darhol { $emergency } raqamiga qoʻngʻiroq qiling.
    }

support-closing = Oʻzingiz ishonadigan odam bilan gaplashish ham yordam berishi mumkin. Shunchalik ogʻir tuygʻular ham koʻmak bilan yengillashishi mumkin. Men bilan gaplashishda davom etaversangiz boʻladi.

## The question asked when we do not know the person's country; the
## message above then only names the directory.
ask-country = Qaysi davlatdasiz? Shunda sizga davlatingizdagi yordam liniyasini koʻrsata olaman.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Telefon: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Onlayn chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Bepul{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Kecha-kunduz, har kuni
        [open] Hozir ochiq, soat { $closes_at } gacha{ summary-schedule }
        [closed] Hozir yopiq, { summary-opens } ochiladi{ summary-schedule }
       *[unknown] Ish vaqti koʻrsatilmagan
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] bugun { $opens_at } da
        [tomorrow] ertaga { $opens_at } da
        [mon] dush. { $opens_at } da
        [tue] sesh. { $opens_at } da
        [wed] chor. { $opens_at } da
        [thu] pay. { $opens_at } da
        [fri] juma { $opens_at } da
        [sat] shan. { $opens_at } da
        [sun] yak. { $opens_at } da
       *[none] keyinroq
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(har kuni { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] dush.
        [tue] sesh.
        [wed] chor.
        [thu] pay.
        [fri] juma
        [sat] shan.
       *[sun] yak.
    }
summary-last-day =
    { $last ->
        [mon] dush.
        [tue] sesh.
        [wed] chor.
        [thu] pay.
        [fri] juma
        [sat] shan.
       *[sun] yak.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup: oldindan koʻrish
preview-heading = oldindan koʻrish
preview-skip = Asosiy qismga oʻtish
preview-protocol-link = Bu xizmat odamlarni yordamga qanday yoʻnaltiradi
preview-intro = Xizmatni yurituvchilar va uni oʻz tizimiga ulovchilar uchun: chat-bot nimani koʻrsatishi, faqat ochiq API asosida. Bu yerga haqiqiy yozishmalarni joylamang.
preview-views = Boʻlimlar
preview-tab-lookup = Qidiruv
preview-tab-coverage = Qamrov
preview-tab-locales = Tillar
preview-loading = Yuklanmoqda…

## The lookup form.
preview-message = Xabar
preview-message-hint = Faqat tilni aniqlash uchun ishlatiladi.
preview-locale = Lokal
preview-locale-none = — yoʻq —
preview-country = Davlat
preview-country-unknown = — nomaʼlum —
preview-topics = Mavzular
preview-topics-hint = Vergul bilan ajrating, masalan: { $examples }
preview-channels = Aloqa kanallari
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Qidirish
preview-error-vocabularies = Davlatlar yoki lokallar yuklanmadi ({ $error }).
preview-error-lookup = Qidiruv amalga oshmadi ({ $error }).

## The answer.
preview-chat-shows = Chatda nima koʻrinadi
preview-raw-json = Xom JSON
preview-meta-language = Til: { $code } (manba: { $source })
preview-meta-country = Davlat: { $code } (manba: { $source })
preview-meta-country-unknown = Davlat: nomaʼlum
preview-meta-locale = Lokal: { $code }
preview-meta-lines = Yordam liniyalari: { $count }
preview-international = Xalqaro maʼlumotnomalar

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Favqulodda xizmatlar:
preview-police = politsiya
preview-ambulance = tez yordam
preview-fire = oʻt oʻchirish xizmati
preview-open-now = Hozir ochiq
preview-closed-now = Hozir yopiq
preview-hours-unknown = Ish vaqti nomaʼlum
preview-action-call = Qoʻngʻiroq: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Chat
preview-action-website = Sayt
preview-fact-languages = Tillar: { $list }
preview-fact-languages-none = Tillar: koʻrsatilmagan
preview-fact-hours = Ish vaqti: { $times }
preview-fact-checked = Xizmat egasi bilan tekshirilgan: { $date }
preview-fact-newest-source = Eng yangi manba: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Dalil: liniyaning oʻz sahifasi
preview-evidence-corroborated = Dalil: ikki mustaqil nashr
preview-evidence-single = Dalil: bitta roʻyxat
preview-evidence-conflict = Dalil: manbalar bir-biriga zid
preview-fact-country = Davlat: { $code }

## The coverage tab.
preview-coverage-summary = Davlat va hududlar: { $total } · yordam liniyasi borlari: { $covered } · faqat favqulodda raqam: { $uncovered }.
preview-coverage-age = Eng yangi manbasi 24 oydan eski liniyalar: { $stale } (jami { $total }).
preview-map-caption = Qamrovning dunyo xaritasi
preview-map-line = Yordam liniyasi bor
preview-map-emergency = Faqat favqulodda raqam
preview-map-none = Maʼlumotlar toʻplamida yoʻq
preview-coverage-legend = Ajratib koʻrsatilgan qatorlarda faqat favqulodda raqam bor, tanlangan yordam liniyasi yoʻq.
preview-coverage-caption = Davlat va hududlar (ustun tugmalari bilan saralang)
preview-column-code = Kod
preview-column-lines = Yordam liniyalari
preview-column-languages = Tillar
preview-column-emergency = Favqulodda raqam
preview-column-stale = Eski manbadagi liniyalar
preview-emergency-only = faqat favqulodda raqam
preview-error-countries = Davlatlar yuklanmadi ({ $error }).

## The locales tab.
preview-locales-summary = Lokallar: { $total } · ona tili egasi tekshirganlari: { $reviewed }.
preview-locales-caption = Qoʻshilgan lokallar va ularning tekshiruv holati
preview-column-native-name = Oʻz tilidagi nomi
preview-column-direction = Yozuv yoʻnalishi
preview-column-review = Tekshiruv
preview-reviewed = Tekshirilgan
preview-not-reviewed = Tekshirilmagan
preview-error-locales = Lokallar yuklanmadi ({ $error }).
