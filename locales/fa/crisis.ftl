### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: as in locales/en/crisis.ftl.
##   $name_form  text: $line_name is the line's Persian name as it stands
##               after «با» and at the start of a sentence («صدای یارا»);
##               label: only the line's name, held as a label ("name: …").
##   $opens_at   already written as this locale writes a time ("9:00").
## Orthography: half-space (ZWNJ) in می‌، ‌ها، گفت‌وگو، پنج‌شنبه، یک‌شنبه.
## In right-to-left locales every placeable is isolated by the service.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = واقعاً متأسفم که این روزهای سخت را از سر می‌گذرانید، و خوشحالم که آن را با من در میان گذاشتید. لازم نیست به‌تنهایی با این وضعیت روبه‌رو شوید.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] همین حالا می‌توانید با { $line_name } صحبت کنید: { support-reach }.{ support-free }
               *[label] همین حالا می‌توانید با یک خط کمک صحبت کنید. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } اکنون بسته است و { support-opens } دوباره پاسخ‌گو خواهد بود: { support-reach }.{ support-free }
               *[label] این خط کمک اکنون بسته است و { support-opens } دوباره پاسخ‌گو خواهد بود. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] می‌توانید با { $line_name } صحبت کنید: { support-reach }.{ support-free }
               *[label] این خط کمکی است که می‌توانید با آن صحبت کنید. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] می‌توانید در { $directory } یک خط کمک در کشور خودتان پیدا کنید.
               *[no] همچنین می‌توانید در { $directory } یک خط کمک پیدا کنید.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] امروز ساعت { $opens_at }
        [tomorrow] فردا ساعت { $opens_at }
        [mon] دوشنبه ساعت { $opens_at }
        [tue] سه‌شنبه ساعت { $opens_at }
        [wed] چهارشنبه ساعت { $opens_at }
        [thu] پنج‌شنبه ساعت { $opens_at }
        [fri] جمعه ساعت { $opens_at }
        [sat] شنبه ساعت { $opens_at }
        [sun] یک‌شنبه ساعت { $opens_at }
       *[none] بعداً
    }

support-reach =
    { $reach ->
        [call] با شمارهٔ { $contact } تماس بگیرید
        [text] به شمارهٔ { $contact } پیامک بفرستید
        [chat] در { $contact } گفت‌وگوی آنلاین را شروع کنید
        [whatsapp] در واتساپ به شمارهٔ { $contact } پیام بدهید
       *[web] به نشانی { $contact } مراجعه کنید
    }

support-free =
    { $free ->
        [yes] {" "}این خدمت رایگان است.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] اگر در خطر فوری هستید، لطفاً همین حالا با اورژانس محل زندگی‌تان تماس بگیرید.
       *[other] اگر در خطر فوری هستید، همین حالا با { $emergency } تماس بگیرید.
    }

support-closing = صحبت با کسی که به او اعتماد دارید هم می‌تواند کمک کند. احساس‌هایی به این سنگینی با حمایت دیگران می‌توانند سبک‌تر شوند، و می‌توانید به گفت‌وگو با من ادامه دهید.

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = در کدام کشور هستید؟ آن‌وقت می‌توانم یک خط کمک در کشورتان را به شما نشان بدهم.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] تماس: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] پیامک: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] گفت‌وگوی آنلاین{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] واتساپ: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] رایگان{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] شبانه‌روزی
        [open] اکنون باز، تا { $closes_at }{ summary-schedule }
        [closed] اکنون بسته، { summary-opens } باز می‌شود{ summary-schedule }
       *[unknown] ساعات کاری ذکر نشده
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] ساعت { $opens_at }
        [tomorrow] فردا ساعت { $opens_at }
        [mon] دوشنبه ساعت { $opens_at }
        [tue] سه‌شنبه ساعت { $opens_at }
        [wed] چهارشنبه ساعت { $opens_at }
        [thu] پنج‌شنبه ساعت { $opens_at }
        [fri] جمعه ساعت { $opens_at }
        [sat] شنبه ساعت { $opens_at }
        [sun] یک‌شنبه ساعت { $opens_at }
       *[none] بعداً
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(هر روز از { $from } تا { $to })
        [days] {" "}({ summary-first-day } تا { summary-last-day }، از { $from } تا { $to })
        [day] {" "}({ summary-first-day }، از { $from } تا { $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] دوشنبه
        [tue] سه‌شنبه
        [wed] چهارشنبه
        [thu] پنج‌شنبه
        [fri] جمعه
        [sat] شنبه
       *[sun] یک‌شنبه
    }
summary-last-day =
    { $last ->
        [mon] دوشنبه
        [tue] سه‌شنبه
        [wed] چهارشنبه
        [thu] پنج‌شنبه
        [fri] جمعه
        [sat] شنبه
       *[sun] یک‌شنبه
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = پیش‌نمایش crisis-lookup
preview-heading = پیش‌نمایش
preview-skip = رفتن به محتوا
preview-protocol-link = این سرویس چگونه افراد را به کمک ارجاع می‌دهد
preview-intro = برای نگهدارندگان و یکپارچه‌سازان: آنچه یک چت‌بات نشان می‌دهد، ساخته‌شده فقط با API عمومی. گفت‌وگوهای واقعی را اینجا نچسبانید.
preview-views = نماها
preview-tab-lookup = جست‌وجو
preview-tab-coverage = پوشش
preview-tab-locales = زبان‌ها
preview-loading = در حال بارگذاری…
preview-message = پیام
preview-message-hint = فقط برای تشخیص زبان به کار می‌رود.
preview-locale = زبان و منطقه
preview-locale-none = — هیچ —
preview-country = کشور
preview-country-unknown = — نامشخص —
preview-topics = موضوع‌ها
preview-topics-hint = جداشده با ویرگول، برای نمونه: { $examples }
preview-channels = راه‌های ارتباط
preview-channel-phone = تلفن
preview-channel-sms = پیامک
preview-channel-chat = گفت‌وگو
preview-submit = جست‌وجو
preview-error-vocabularies = بارگذاری کشورها یا زبان‌ها ممکن نشد ({ $error }).
preview-error-lookup = جست‌وجو انجام نشد ({ $error }).
preview-chat-shows = آنچه گفت‌وگو نشان می‌دهد
preview-raw-json = JSON خام
preview-meta-language = زبان: { $code } (بر پایهٔ { $source })
preview-meta-country = کشور: { $code } (بر پایهٔ { $source })
preview-meta-country-unknown = کشور: نامشخص
preview-meta-locale = زبان و منطقه: { $code }
preview-meta-lines = خطوط کمک: { $count }
preview-international = فهرست‌های بین‌المللی
preview-emergency = اورژانس:
preview-police = پلیس
preview-ambulance = آمبولانس
preview-fire = آتش‌نشانی
preview-open-now = اکنون باز
preview-closed-now = اکنون بسته
preview-hours-unknown = ساعات کاری نامشخص
preview-action-call = تماس: { $number }
preview-action-text = پیامک: { $number }
preview-action-chat = گفت‌وگو
preview-action-website = وب‌سایت
preview-fact-languages = زبان‌ها: { $list }
preview-fact-languages-none = زبان‌ها: ذکر نشده
preview-fact-hours = ساعات کاری: { $times }
preview-fact-checked = بررسی‌شده با خود ارائه‌دهنده: { $date }
preview-fact-newest-source = جدیدترین منبع: { $date }
preview-evidence-provider = پشتوانه: صفحهٔ خود خط
preview-evidence-corroborated = پشتوانه: دو ناشر مستقل
preview-evidence-single = پشتوانه: یک فهرست
preview-evidence-conflict = پشتوانه: منابع با هم اختلاف دارند
preview-fact-country = کشور: { $code }
preview-coverage-summary = کشورها و سرزمین‌ها: { $total } · با خط کمک: { $covered } · فقط شمارهٔ اورژانس: { $uncovered }.
preview-coverage-age = خطوطی که جدیدترین منبعشان قدیمی‌تر از ۲۴ ماه است: { $stale } از { $total }.
preview-map-caption = نقشهٔ جهانی پوشش
preview-map-line = دارای خط کمک
preview-map-emergency = فقط شمارهٔ اورژانس
preview-map-none = در داده‌ها نیست
preview-coverage-legend = ردیف‌های برجسته فقط شمارهٔ اورژانس دارند و خط کمک گزیده‌ای ندارند.
preview-coverage-caption = کشورها و سرزمین‌ها (با دکمه‌های ستون‌ها مرتب کنید)
preview-column-code = کد
preview-column-lines = خطوط کمک
preview-column-languages = زبان‌ها
preview-column-emergency = اورژانس
preview-column-stale = خطوط با منابع قدیمی
preview-emergency-only = فقط اورژانس
preview-error-countries = بارگذاری کشورها ممکن نشد ({ $error }).
preview-locales-summary = زبان‌ها: { $total } · بازبینی‌شده به دست گویشور بومی: { $reviewed }.
preview-locales-caption = زبان‌های موجود و وضعیت بازبینی آن‌ها
preview-column-native-name = نام بومی
preview-column-direction = جهت
preview-column-review = بازبینی
preview-reviewed = بازبینی‌شده
preview-not-reviewed = بازبینی‌نشده
preview-error-locales = بارگذاری زبان‌ها ممکن نشد ({ $error }).
