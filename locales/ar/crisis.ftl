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

support-opening = يؤسفني حقًا ما يحدث معك، ويسعدني أنك تحدثت عنه. لست وحدك في مواجهة هذا.

support-body =
    { $line_state ->
        [open] يمكنك التواصل مع { $line_name } الآن { support-reach }.{ support-free }
        [closed] خط { $line_name } مغلق حاليًا، ويعود للعمل الساعة { $opens_at }، ويمكنك التواصل معه { support-reach }.{ support-free }
        [unknown] يمكنك التواصل مع { $line_name } { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] يمكنك العثور على خط مساعدة قريب منك عبر { $directory }.
           *[no] إذا أخبرتني بالبلد الذي أنت فيه، يمكنني العثور على خط مساعدة قريب منك. ويمكنك أيضًا العثور على خط عبر { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] بالاتصال على الرقم { $contact }
        [text] بإرسال رسالة نصية إلى الرقم { $contact }
        [chat] عبر المحادثة الإلكترونية على { $contact }
        [whatsapp] بالمراسلة عبر واتساب على الرقم { $contact }
       *[web] من خلال الموقع { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}الخدمة مجانية.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] إذا كنت في خطر مباشر، فيُرجى التواصل الآن مع خدمات الطوارئ المحلية.
       *[other] إذا كنت في خطر مباشر، فيُرجى الاتصال الآن بالرقم { $emergency }.
    }

support-closing = قد يساعد أيضًا الحديث مع شخص موضع ثقتك. مشاعر بهذا الثقل يمكن أن تخفّ مع الدعم، ويمكنك مواصلة الحديث معي.

## The question asked when we do not know the person's country.
ask-country = في أي بلد أنت؟ عندها يمكنني أن أعرض عليك خط مساعدة قريبًا منك.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] اتصال: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] رسالة نصية: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] محادثة عبر الإنترنت{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] واتساب: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] مجاني{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] متاح على مدار الساعة
        [open] مفتوح الآن حتى { $closes_at }{ summary-schedule }
        [closed] مغلق الآن، يفتح الساعة { $opens_at }{ summary-schedule }
       *[unknown] ساعات العمل غير مذكورة
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(يوميًا { $from }–{ $to })
        [days] {" "}(من { summary-first-day } إلى { summary-last-day }، { $from }–{ $to })
        [day] {" "}({ summary-first-day }، { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] الإثنين
        [tue] الثلاثاء
        [wed] الأربعاء
        [thu] الخميس
        [fri] الجمعة
        [sat] السبت
       *[sun] الأحد
    }
summary-last-day =
    { $last ->
        [mon] الإثنين
        [tue] الثلاثاء
        [wed] الأربعاء
        [thu] الخميس
        [fri] الجمعة
        [sat] السبت
       *[sun] الأحد
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = معاينة crisis-lookup
preview-heading = معاينة
preview-skip = انتقل إلى المحتوى
preview-intro = للقائمين على الصيانة والتكامل: ما سيعرضه روبوت المحادثة، مبنيًا من الواجهة البرمجية العامة وحدها. لا تلصق هنا محادثات حقيقية.
preview-views = طرق العرض
preview-tab-lookup = البحث
preview-tab-coverage = التغطية
preview-tab-locales = اللغات
preview-loading = جارٍ التحميل…
preview-message = الرسالة
preview-message-hint = تُستخدم فقط لتحديد اللغة.
preview-locale = اللغة والمنطقة
preview-locale-none = — بلا —
preview-country = البلد
preview-country-unknown = — غير معروف —
preview-topics = المواضيع
preview-topics-hint = مفصولة بفواصل، مثلًا: { $examples }
preview-channels = القنوات
preview-channel-phone = الهاتف
preview-channel-sms = رسالة نصية
preview-channel-chat = محادثة
preview-submit = ابحث
preview-error-vocabularies = تعذّر تحميل البلدان أو اللغات ({ $error }).
preview-error-lookup = تعذّر البحث ({ $error }).
preview-chat-shows = ما تعرضه المحادثة
preview-raw-json = JSON الخام
preview-meta-language = اللغة: { $code } (المصدر: { $source })
preview-meta-country = البلد: { $code } (المصدر: { $source })
preview-meta-country-unknown = البلد: غير معروف
preview-meta-locale = اللغة والمنطقة: { $code }
preview-meta-lines = خطوط المساعدة: { $count }
preview-international = أدلة دولية
preview-emergency = الطوارئ:
preview-police = الشرطة
preview-ambulance = الإسعاف
preview-fire = الدفاع المدني
preview-open-now = مفتوح الآن
preview-closed-now = مغلق الآن
preview-hours-unknown = ساعات العمل غير معروفة
preview-action-call = اتصل بالرقم { $number }
preview-action-text = رسالة نصية إلى { $number }
preview-action-chat = محادثة
preview-action-website = الموقع الإلكتروني
preview-fact-languages = اللغات: { $list }
preview-fact-languages-none = اللغات: غير مذكورة
preview-fact-hours = ساعات العمل: { $times }
preview-fact-verified = تاريخ التحقق: { $date }
preview-fact-evidence = التوثيق: { $evidence }
preview-fact-country = البلد: { $code }
preview-coverage-summary = البلدان والأقاليم: { $total } · لديها خطوط مساعدة: { $covered } · رقم طوارئ فقط: { $uncovered }.
preview-coverage-pending = جارٍ قراءة تواريخ التحقق… المتبقي: { $count }.
preview-coverage-oldest = أقدم تحقق من خط مساعدة: { $date }.
preview-coverage-legend = الصفوف المميّزة ليس لها إلا رقم طوارئ، دون خط مساعدة مختار.
preview-coverage-caption = البلدان والأقاليم (رتّبها بأزرار الأعمدة)
preview-column-code = الرمز
preview-column-lines = خطوط المساعدة
preview-column-languages = اللغات
preview-column-emergency = الطوارئ
preview-column-verified = أقدم تحقق
preview-emergency-only = طوارئ فقط
preview-error-countries = تعذّر تحميل البلدان ({ $error }).
preview-locales-summary = اللغات: { $total } · راجعها متحدث أصلي: { $reviewed }.
preview-locales-caption = اللغات المضمّنة وحالة مراجعتها
preview-column-native-name = الاسم بلغته
preview-column-direction = الاتجاه
preview-column-review = المراجعة
preview-reviewed = تمت مراجعتها
preview-not-reviewed = لم تُراجَع
preview-error-locales = تعذّر تحميل اللغات ({ $error }).
