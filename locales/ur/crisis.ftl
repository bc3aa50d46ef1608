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

support-opening = مجھے واقعی افسوس ہے کہ آپ پر اتنا کچھ گزر رہا ہے، اور اچھا لگا کہ آپ نے اس بارے میں بتایا۔ آپ کو اس کا سامنا اکیلے نہیں کرنا۔

support-body =
    { $line_state ->
        [open] ابھی { $line_name } سے مدد مل سکتی ہے: { support-reach }۔{ support-free }
        [closed] { $line_name } پر ابھی سروس بند ہے، جو { $opens_at } بجے دوبارہ شروع ہوگی: { support-reach }۔{ support-free }
        [unknown] { $line_name } سے مدد مل سکتی ہے: { support-reach }۔{ support-free }
       *[none] { $country_known ->
            [yes] { $directory } پر اپنے قریب کی ہیلپ لائن تلاش کی جا سکتی ہے۔
           *[no] اگر آپ بتائیں کہ آپ کس ملک میں ہیں تو آپ کے قریب کی ہیلپ لائن بتائی جا سکتی ہے۔ { $directory } پر بھی ہیلپ لائن تلاش کی جا سکتی ہے۔
        }
    }

support-reach =
    { $reach ->
        [call] { $contact } پر کال کریں
        [text] { $contact } پر SMS بھیجیں
        [chat] { $contact } پر چیٹ کریں
        [whatsapp] { $contact } پر WhatsApp پیغام بھیجیں
       *[web] { $contact } پر جائیں
    }

support-free =
    { $free ->
        [yes] {" "}یہ سروس مفت ہے۔
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] اگر آپ فوری خطرے میں ہیں تو براہِ کرم ابھی اپنی مقامی ایمرجنسی سروسز سے رابطہ کریں۔
       *[other] اگر آپ فوری خطرے میں ہیں تو ابھی { $emergency } پر کال کریں۔
    }

support-closing = کسی قابلِ اعتماد شخص سے بات کرنا بھی مدد دے سکتا ہے۔ سہارا ملنے پر اتنے بھاری احساسات بھی ہلکے ہو سکتے ہیں۔ آپ مجھ سے بات جاری رکھیں، میں یہیں ہوں۔

## The question asked when we do not know the person's country.
ask-country = آپ کس ملک میں ہیں؟ بتانے پر آپ کے قریب کی ہیلپ لائن بتائی جا سکتی ہے۔

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] کال: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] آن لائن چیٹ{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] مفت{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24 گھنٹے دستیاب
        [open] ابھی دستیاب، { $closes_at } تک{ summary-schedule }
        [closed] ابھی بند، { $opens_at } سے دستیاب{ summary-schedule }
       *[unknown] اوقات درج نہیں
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(روزانہ { $from }–{ $to })
        [days] {" "}({ summary-first-day } تا { summary-last-day }، { $from }–{ $to })
        [day] {" "}(ہر { summary-first-day }، { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] پیر
        [tue] منگل
        [wed] بدھ
        [thu] جمعرات
        [fri] جمعہ
        [sat] ہفتہ
       *[sun] اتوار
    }
summary-last-day =
    { $last ->
        [mon] پیر
        [tue] منگل
        [wed] بدھ
        [thu] جمعرات
        [fri] جمعہ
        [sat] ہفتہ
       *[sun] اتوار
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup کا پیش منظر
preview-heading = پیش منظر
preview-skip = مواد پر جائیں
preview-intro = دیکھ بھال اور انضمام کرنے والوں کے لیے: کوئی چیٹ بوٹ کیا دکھائے گا، صرف عوامی API سے تیار کیا گیا۔ یہاں اصل گفتگو پیسٹ نہ کریں۔
preview-views = منظر
preview-tab-lookup = تلاش
preview-tab-coverage = دائرہ
preview-tab-locales = زبانیں
preview-loading = لوڈ ہو رہا ہے…
preview-message = پیغام
preview-message-hint = صرف زبان پہچاننے کے لیے استعمال ہوتا ہے۔
preview-locale = زبان اور علاقہ
preview-locale-none = — کوئی نہیں —
preview-country = ملک
preview-country-unknown = — نامعلوم —
preview-topics = موضوعات
preview-topics-hint = کوما سے الگ کریں، مثلاً: { $examples }
preview-channels = رابطے کے ذرائع
preview-channel-phone = فون
preview-channel-sms = SMS
preview-channel-chat = چیٹ
preview-submit = تلاش کریں
preview-error-vocabularies = ممالک یا زبانیں لوڈ نہیں ہو سکیں ({ $error })۔
preview-error-lookup = تلاش نہیں ہو سکی ({ $error })۔
preview-chat-shows = چیٹ میں کیا دکھتا ہے
preview-raw-json = خام JSON
preview-meta-language = زبان: { $code } ({ $source } کی بنیاد پر)
preview-meta-country = ملک: { $code } ({ $source } کی بنیاد پر)
preview-meta-country-unknown = ملک: نامعلوم
preview-meta-locale = زبان اور علاقہ: { $code }
preview-meta-lines = ہیلپ لائنز: { $count }
preview-international = بین الاقوامی فہرستیں
preview-emergency = ایمرجنسی:
preview-police = پولیس
preview-ambulance = ایمبولینس
preview-fire = فائر بریگیڈ
preview-open-now = ابھی دستیاب
preview-closed-now = ابھی بند
preview-hours-unknown = اوقات معلوم نہیں
preview-action-call = کال: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = چیٹ
preview-action-website = ویب سائٹ
preview-fact-languages = زبانیں: { $list }
preview-fact-languages-none = زبانیں: درج نہیں
preview-fact-hours = اوقات: { $times }
preview-fact-verified = تصدیق: { $date }
preview-fact-evidence = ثبوت: { $evidence }
preview-fact-country = ملک: { $code }
preview-coverage-summary = ممالک اور علاقے: { $total } · ہیلپ لائن والے: { $covered } · صرف ایمرجنسی نمبر: { $uncovered }۔
preview-coverage-pending = تصدیق کی تاریخیں پڑھی جا رہی ہیں… باقی: { $count }۔
preview-coverage-oldest = کسی ہیلپ لائن کی سب سے پرانی تصدیق: { $date }۔
preview-coverage-legend = نمایاں قطاروں میں صرف ایمرجنسی نمبر ہے، کوئی منتخب ہیلپ لائن نہیں۔
preview-coverage-caption = ممالک اور علاقے (کالم کے بٹنوں سے ترتیب دیں)
preview-column-code = کوڈ
preview-column-lines = ہیلپ لائنز
preview-column-languages = زبانیں
preview-column-emergency = ایمرجنسی
preview-column-verified = سب سے پرانی تصدیق
preview-emergency-only = صرف ایمرجنسی
preview-error-countries = ممالک لوڈ نہیں ہو سکے ({ $error })۔
preview-locales-summary = زبانیں: { $total } · اہلِ زبان سے جانچ شدہ: { $reviewed }۔
preview-locales-caption = شامل زبانیں اور ان کی جانچ کی صورتِ حال
preview-column-native-name = اپنی زبان میں نام
preview-column-direction = سمت
preview-column-review = جانچ
preview-reviewed = جانچ ہو چکی
preview-not-reviewed = جانچ نہیں ہوئی
preview-error-locales = زبانیں لوڈ نہیں ہو سکیں ({ $error })۔
