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

support-opening = واقعاً متأسفم که چنین روزهای سختی را می‌گذرانید، و خوشحالم که از آن گفتید. لازم نیست به تنهایی با این وضعیت روبه‌رو شوید.

support-body =
    { $line_state ->
        [open] همین حالا می‌توانید با { $line_name } در ارتباط باشید: { support-reach }.{ support-free }
        [closed] { $line_name } اکنون بسته است و از ساعت { $opens_at } دوباره پاسخ می‌دهد: { support-reach }.{ support-free }
        [unknown] می‌توانید با { $line_name } در ارتباط باشید: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] می‌توانید در { $directory } یک خط کمک نزدیک خودتان پیدا کنید.
           *[no] اگر بگویید در کدام کشور هستید، می‌توانم یک خط کمک نزدیک شما پیدا کنم. همچنین می‌توانید در { $directory } یکی پیدا کنید.
        }
    }

support-reach =
    { $reach ->
        [call] با شماره { $contact } تماس بگیرید
        [text] به شماره { $contact } پیامک بفرستید
        [chat] از طریق { $contact } گفتگوی آنلاین کنید
        [whatsapp] در واتساپ به شماره { $contact } پیام بدهید
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
        [none] اگر در خطر فوری هستید، لطفاً همین حالا با خدمات اورژانس محلی تماس بگیرید.
       *[other] اگر در خطر فوری هستید، همین حالا با { $emergency } تماس بگیرید.
    }

support-closing = صحبت با کسی که به او اعتماد دارید هم می‌تواند کمک کند. احساس‌هایی به این سنگینی با حمایت می‌توانند سبک‌تر شوند، و می‌توانید به گفتگو با من ادامه دهید.

## The question asked when we do not know the person's country.
ask-country = در کدام کشور هستید؟ آن‌وقت می‌توانم یک خط کمک نزدیک شما را نشانتان بدهم.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
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
        [yes] گفتگوی آنلاین{" · "}
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
        [closed] اکنون بسته، بازگشایی ساعت { $opens_at }{ summary-schedule }
       *[unknown] ساعات کاری ذکر نشده
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
        [thu] پنجشنبه
        [fri] جمعه
        [sat] شنبه
       *[sun] یکشنبه
    }
summary-last-day =
    { $last ->
        [mon] دوشنبه
        [tue] سه‌شنبه
        [wed] چهارشنبه
        [thu] پنجشنبه
        [fri] جمعه
        [sat] شنبه
       *[sun] یکشنبه
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = پیش‌نمایش crisis-lookup
preview-heading = پیش‌نمایش
preview-skip = رفتن به محتوا
preview-intro = برای نگهدارندگان و یکپارچه‌سازان: آنچه یک چت‌بات نشان می‌دهد، ساخته‌شده فقط با API عمومی. گفتگوهای واقعی را اینجا نچسبانید.
preview-views = نماها
preview-tab-lookup = جستجو
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
preview-channel-chat = گفتگو
preview-submit = جستجو
preview-error-vocabularies = بارگذاری کشورها یا زبان‌ها ممکن نشد ({ $error }).
preview-error-lookup = جستجو انجام نشد ({ $error }).
preview-chat-shows = آنچه گفتگو نشان می‌دهد
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
preview-action-chat = گفتگو
preview-action-website = وب‌سایت
preview-fact-languages = زبان‌ها: { $list }
preview-fact-languages-none = زبان‌ها: ذکر نشده
preview-fact-hours = ساعات کاری: { $times }
preview-fact-verified = تاریخ بررسی: { $date }
preview-fact-evidence = پشتوانه: { $evidence }
preview-fact-country = کشور: { $code }
preview-coverage-summary = کشورها و سرزمین‌ها: { $total } · با خط کمک: { $covered } · فقط شمارهٔ اورژانس: { $uncovered }.
preview-coverage-pending = در حال خواندن تاریخ‌های بررسی… باقی‌مانده: { $count }.
preview-coverage-oldest = قدیمی‌ترین بررسی یک خط کمک: { $date }.
preview-coverage-legend = ردیف‌های برجسته فقط شمارهٔ اورژانس دارند و خط کمک گزیده‌ای ندارند.
preview-coverage-caption = کشورها و سرزمین‌ها (با دکمه‌های ستون‌ها مرتب کنید)
preview-column-code = کد
preview-column-lines = خطوط کمک
preview-column-languages = زبان‌ها
preview-column-emergency = اورژانس
preview-column-verified = قدیمی‌ترین بررسی
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
