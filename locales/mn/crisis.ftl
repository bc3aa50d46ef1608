### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Mongolian in Cyrillic. Register: та. No case suffix is ever attached to
### a placeable: it goes on the noun after it ("{ $contact } дугаарт",
### "{ $opens_at } цагт").

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name stands as the subject, in the nominative.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Таныг ийм хүнд үеийг туулж байгаад үнэхээр харамсаж байна, энэ тухай хэлсэнд тань баярлалаа. Та үүнийг ганцаараа үүрэх шаардлагагүй.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Яг одоо { $line_name } ажиллаж байгаа тул шууд холбогдож болно: { support-reach }.{ support-free }
               *[label] Яг одоо холбогдож болох тусламжийн утас байна. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Одоогоор { $line_name } ажиллахгүй байна, { support-opens } дахин ажиллаж эхэлнэ: { support-reach }.{ support-free }
               *[label] Энэ тусламжийн утас одоогоор ажиллахгүй байна, { support-opens } дахин ажиллаж эхэлнэ. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Танд { $line_name } туслах боломжтой: { support-reach }.{ support-free }
               *[label] Таны холбогдож болох тусламжийн утас энд байна. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Танай улсын тусламжийн утсыг { $directory } вэбсайтаас олж болно.
               *[no] Тусламжийн утсыг { $directory } вэбсайтаас ч олж болно.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] өнөөдөр { $opens_at } цагт
        [tomorrow] маргааш { $opens_at } цагт
        [mon] даваа гарагт { $opens_at } цагт
        [tue] мягмар гарагт { $opens_at } цагт
        [wed] лхагва гарагт { $opens_at } цагт
        [thu] пүрэв гарагт { $opens_at } цагт
        [fri] баасан гарагт { $opens_at } цагт
        [sat] бямба гарагт { $opens_at } цагт
        [sun] ням гарагт { $opens_at } цагт
       *[none] дараа нь
    }

support-reach =
    { $reach ->
        [call] { $contact } дугаарт залгаарай
        [text] { $contact } дугаарт SMS илгээгээрэй
        [chat] { $contact } вэбсайтад орж онлайн чатаар бичээрэй
        [whatsapp] WhatsApp-аар { $contact } дугаарт бичээрэй
       *[web] { $contact } вэбсайтад хандаарай
    }

support-free =
    { $free ->
        [yes] {" "}Энэ үйлчилгээ үнэ төлбөргүй.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Хэрэв таны амь нас яг одоо аюулд байгаа бол цагдаа эсвэл түргэн тусламжид нэн даруй хандаарай.
       *[other] Хэрэв таны амь нас яг одоо аюулд байгаа бол { $emergency } дугаарт нэн даруй залгаарай.
    }

support-closing = Өөрийн итгэдэг хүнтэйгээ ярилцах нь ч бас тус болж магадгүй. Ийм хүнд мэдрэмж ч дэмжлэг авснаар хөнгөрч болно, мөн та надтай үргэлжлүүлэн ярилцаж болно.

## The question asked when we do not know the person's country; the
## message above then only names the directory.
ask-country = Та аль улсад байгаа вэ? Тэгвэл танай улсын тусламжийн утсыг харуулж чадна.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Утас: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Онлайн чат{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Үнэ төлбөргүй{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Өдөр шөнөгүй ажилладаг
        [open] Одоо ажиллаж байна, { $closes_at } цаг хүртэл{ summary-schedule }
        [closed] Одоо хаалттай, { summary-opens } нээгдэнэ{ summary-schedule }
       *[unknown] Цагийн хуваарь заагаагүй
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] өнөөдөр { $opens_at } цагт
        [tomorrow] маргааш { $opens_at } цагт
        [mon] даваа { $opens_at } цагт
        [tue] мягмар { $opens_at } цагт
        [wed] лхагва { $opens_at } цагт
        [thu] пүрэв { $opens_at } цагт
        [fri] баасан { $opens_at } цагт
        [sat] бямба { $opens_at } цагт
        [sun] ням { $opens_at } цагт
       *[none] дараа
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(өдөр бүр { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Да
        [tue] Мя
        [wed] Лх
        [thu] Пү
        [fri] Ба
        [sat] Бя
       *[sun] Ня
    }
summary-last-day =
    { $last ->
        [mon] Да
        [tue] Мя
        [wed] Лх
        [thu] Пү
        [fri] Ба
        [sat] Бя
       *[sun] Ня
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup: урьдчилан харах
preview-heading = урьдчилан харах
preview-skip = Үндсэн агуулга руу шилжих
preview-protocol-link = Энэ үйлчилгээ хүмүүсийг тусламж руу хэрхэн чиглүүлдэг вэ
preview-intro = Үйлчилгээг хариуцагч болон өөрийн системдээ холбогчдод зориулав: чатбот юу харуулахыг зөвхөн нээлттэй API ашиглан бүтээв. Энд бодит харилцан яриа бүү оруулаарай.
preview-views = Харагдац
preview-tab-lookup = Хайлт
preview-tab-coverage = Хамрах хүрээ
preview-tab-locales = Хэлнүүд
preview-loading = Ачаалж байна…

## The lookup form.
preview-message = Мессеж
preview-message-hint = Зөвхөн хэлийг тодорхойлоход ашиглана.
preview-locale = Локал
preview-locale-none = — байхгүй —
preview-country = Улс
preview-country-unknown = — тодорхойгүй —
preview-topics = Сэдвүүд
preview-topics-hint = Таслалаар тусгаарлана, жишээ нь: { $examples }
preview-channels = Холбоо барих сувгууд
preview-channel-phone = Утас
preview-channel-sms = SMS
preview-channel-chat = Чат
preview-submit = Хайх
preview-error-vocabularies = Улс эсвэл локалуудыг ачаалж чадсангүй ({ $error }).
preview-error-lookup = Хайлт амжилтгүй боллоо ({ $error }).

## The answer.
preview-chat-shows = Чатад харагдах байдал
preview-raw-json = Түүхий JSON
preview-meta-language = Хэл: { $code } (эх сурвалж: { $source })
preview-meta-country = Улс: { $code } (эх сурвалж: { $source })
preview-meta-country-unknown = Улс: тодорхойгүй
preview-meta-locale = Локал: { $code }
preview-meta-lines = Тусламжийн утас: { $count }
preview-international = Олон улсын лавлахууд

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Яаралтай тусламж:
preview-police = цагдаа
preview-ambulance = түргэн тусламж
preview-fire = гал унтраах анги
preview-open-now = Одоо ажиллаж байна
preview-closed-now = Одоо хаалттай
preview-hours-unknown = Цагийн хуваарь тодорхойгүй
preview-action-call = Залгах: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Чат
preview-action-website = Вэбсайт
preview-fact-languages = Хэл: { $list }
preview-fact-languages-none = Хэл: заагаагүй
preview-fact-hours = Цагийн хуваарь: { $times }
preview-fact-checked = Үйлчилгээ үзүүлэгчээс шалгасан: { $date }
preview-fact-newest-source = Хамгийн сүүлийн эх сурвалж: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Нотолгоо: үйлчилгээний өөрийн хуудас
preview-evidence-corroborated = Нотолгоо: хоёр бие даасан нийтлэгч
preview-evidence-single = Нотолгоо: нэг жагсаалт
preview-evidence-conflict = Нотолгоо: эх сурвалжууд зөрж байна
preview-fact-country = Улс: { $code }

## The coverage tab.
preview-coverage-summary = Улс ба нутаг дэвсгэр: { $total } · тусламжийн утастай: { $covered } · зөвхөн яаралтай дугаартай: { $uncovered }.
preview-coverage-age = Хамгийн сүүлийн эх сурвалж нь 24 сараас хуучин утаснууд: { $stale } (нийт { $total }).
preview-map-caption = Хамрах хүрээний дэлхийн газрын зураг
preview-map-line = Тусламжийн утастай
preview-map-emergency = Зөвхөн яаралтай дугаар
preview-map-none = Өгөгдлийн санд байхгүй
preview-coverage-legend = Тодруулсан мөрүүдэд зөвхөн яаралтай дугаар байгаа бөгөөд сонгосон тусламжийн утас байхгүй.
preview-coverage-caption = Улс ба нутаг дэвсгэр (баганын товчоор эрэмбэлнэ)
preview-column-code = Код
preview-column-lines = Тусламжийн утас
preview-column-languages = Хэл
preview-column-emergency = Яаралтай дугаар
preview-column-stale = Хуучин эх сурвалжтай утас
preview-emergency-only = зөвхөн яаралтай дугаар
preview-error-countries = Улсуудыг ачаалж чадсангүй ({ $error }).

## The locales tab.
preview-locales-summary = Локал: { $total } · эх хэлтэн шалгасан: { $reviewed }.
preview-locales-caption = Оруулсан локалууд ба тэдгээрийн шалгалтын төлөв
preview-column-native-name = Өөрийн хэл дээрх нэр
preview-column-direction = Бичих чиглэл
preview-column-review = Шалгалт
preview-reviewed = Шалгасан
preview-not-reviewed = Шалгаагүй
preview-error-locales = Локалуудыг ачаалж чадсангүй ({ $error }).
