### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: as in locales/en/crisis.ftl.
##   $name_form  text: $line_name is the line's Urdu name, followed by a
##               separate postposition (سے، کی); label: only the line's name,
##               held as a label ("name: …").
##   $opens_at   already written as this locale writes a time ("9:00 AM").
## No verb agrees with the reader's gender: forms like "مل سکتی ہے"
## (agreeing with مدد/ہیلپ لائن) and the polite "رکھیں/کریں".
## In right-to-left locales every placeable is isolated by the service.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = مجھے واقعی افسوس ہے کہ آپ پر اتنا کچھ گزر رہا ہے، اور اچھا لگا کہ آپ نے اس بارے میں بتایا۔ آپ کو اس کا سامنا اکیلے نہیں کرنا پڑے گا۔

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] ابھی { $line_name } سے مدد مل سکتی ہے: { support-reach }۔{ support-free }
               *[label] ابھی ایک ہیلپ لائن سے مدد مل سکتی ہے۔ { $line_name }: { support-reach }۔{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } کی سروس ابھی بند ہے اور { support-opens } دوبارہ دستیاب ہوگی: { support-reach }۔{ support-free }
               *[label] یہ ہیلپ لائن ابھی بند ہے اور { support-opens } دوبارہ دستیاب ہوگی۔ { $line_name }: { support-reach }۔{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } سے مدد مل سکتی ہے: { support-reach }۔{ support-free }
               *[label] اس ہیلپ لائن سے مدد مل سکتی ہے۔ { $line_name }: { support-reach }۔{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] آپ کے ملک کی ہیلپ لائن { $directory } پر مل سکتی ہے۔
               *[no] { $directory } پر بھی ہیلپ لائن مل سکتی ہے۔
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] آج { $opens_at } سے
        [tomorrow] کل { $opens_at } سے
        [mon] پیر کو { $opens_at } سے
        [tue] منگل کو { $opens_at } سے
        [wed] بدھ کو { $opens_at } سے
        [thu] جمعرات کو { $opens_at } سے
        [fri] جمعے کو { $opens_at } سے
        [sat] ہفتے کو { $opens_at } سے
        [sun] اتوار کو { $opens_at } سے
       *[none] بعد میں
    }

support-reach =
    { $reach ->
        [call] { $contact } پر کال کریں
        [text] { $contact } پر SMS بھیجیں
        [chat] { $contact } پر آن لائن چیٹ کریں
        [whatsapp] { $contact } پر واٹس ایپ پیغام بھیجیں
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
        [none] اگر آپ فوری خطرے میں ہیں تو براہِ کرم ابھی اپنے علاقے کی ایمرجنسی سروسز سے رابطہ کریں۔
       *[other] اگر آپ فوری خطرے میں ہیں تو ابھی { $emergency } پر کال کریں۔
    }

support-closing = کسی قابلِ اعتماد شخص سے بات کرنا بھی مدد دے سکتا ہے۔ سہارا ملنے پر اتنے بھاری احساسات بھی ہلکے ہو سکتے ہیں، اور آپ چاہیں تو مجھ سے بات جاری رکھیں۔

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = آپ کس ملک میں ہیں؟ بتانے پر آپ کے ملک کی ہیلپ لائن دکھائی جا سکتی ہے۔

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
       *[other] واٹس ایپ: { $whatsapp }{" · "}
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
        [closed] ابھی بند، { summary-opens } دستیاب{ summary-schedule }
       *[unknown] اوقات درج نہیں
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] { $opens_at } سے
        [tomorrow] کل { $opens_at } سے
        [mon] پیر { $opens_at } سے
        [tue] منگل { $opens_at } سے
        [wed] بدھ { $opens_at } سے
        [thu] جمعرات { $opens_at } سے
        [fri] جمعہ { $opens_at } سے
        [sat] ہفتہ { $opens_at } سے
        [sun] اتوار { $opens_at } سے
       *[none] بعد میں
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
preview-protocol-link = یہ سروس لوگوں کو مدد کی طرف کیسے بھیجتی ہے
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
preview-fact-checked = فراہم کنندہ سے تصدیق: { $date }
preview-fact-newest-source = تازہ ترین ماخذ: { $date }
preview-evidence-provider = ثبوت: ہیلپ لائن کا اپنا صفحہ
preview-evidence-corroborated = ثبوت: دو آزاد ناشر
preview-evidence-single = ثبوت: ایک فہرست
preview-evidence-conflict = ثبوت: ماخذ متضاد ہیں
preview-fact-country = ملک: { $code }
preview-coverage-summary = ممالک اور علاقے: { $total } · ہیلپ لائن والے: { $covered } · صرف ایمرجنسی نمبر: { $uncovered }۔
preview-coverage-age = وہ ہیلپ لائنز جن کا تازہ ترین ماخذ 24 ماہ سے پرانا ہے: { $total } میں سے { $stale }۔
preview-map-caption = دائرے کا عالمی نقشہ
preview-map-line = ہیلپ لائن موجود ہے
preview-map-emergency = صرف ایمرجنسی نمبر
preview-map-none = ڈیٹا میں شامل نہیں
preview-coverage-legend = نمایاں قطاروں میں صرف ایمرجنسی نمبر ہے، کوئی منتخب ہیلپ لائن نہیں۔
preview-coverage-caption = ممالک اور علاقے (کالم کے بٹنوں سے ترتیب دیں)
preview-column-code = کوڈ
preview-column-lines = ہیلپ لائنز
preview-column-languages = زبانیں
preview-column-emergency = ایمرجنسی
preview-column-stale = پرانے ماخذ والی ہیلپ لائنز
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
