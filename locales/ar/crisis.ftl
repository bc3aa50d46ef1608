### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: as in locales/en/crisis.ftl.
##   $name_form  text: $line_name is a definite noun phrase that follows «مع»
##               and can open a sentence («الخط الساخن 9696», «خط الحياة»);
##               no agreement depends on it. label: only the line's name,
##               held as a label ("name: …").
##   $opens_at   already written as this locale writes a time ("9:00 ص").
## Address stays gender-neutral in writing: no imperatives, no 2nd-person
## imperfect verbs (تثق/تمرّ); support-reach is a verbal noun (مصدر).
## In right-to-left locales every placeable is isolated by the service.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = يؤسفني حقًا ما يحدث معك، ويسعدني أنك أخبرتني بذلك. لست وحدك في مواجهة هذا.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] يمكنك الآن التواصل مع { $line_name } عن طريق { support-reach }.{ support-free }
               *[label] يمكنك الآن التواصل مع خط مساعدة. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } خارج ساعات العمل الآن، وتُستأنف الخدمة { support-opens }، ويمكنك حينها التواصل عن طريق { support-reach }.{ support-free }
               *[label] خط المساعدة هذا مغلق الآن، ويعود للعمل { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] يمكنك التواصل مع { $line_name } عن طريق { support-reach }.{ support-free }
               *[label] إليك خط مساعدة يمكنك التواصل معه. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] يمكنك العثور على خط مساعدة في بلدك عبر { $directory }.
               *[no] يمكنك أيضًا العثور على خط مساعدة عبر { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] اليوم في الساعة { $opens_at }
        [tomorrow] غدًا في الساعة { $opens_at }
        [mon] يوم الإثنين في الساعة { $opens_at }
        [tue] يوم الثلاثاء في الساعة { $opens_at }
        [wed] يوم الأربعاء في الساعة { $opens_at }
        [thu] يوم الخميس في الساعة { $opens_at }
        [fri] يوم الجمعة في الساعة { $opens_at }
        [sat] يوم السبت في الساعة { $opens_at }
        [sun] يوم الأحد في الساعة { $opens_at }
       *[none] لاحقًا
    }

support-reach =
    { $reach ->
        [call] الاتصال بالرقم { $contact }
        [text] إرسال رسالة نصية إلى الرقم { $contact }
        [chat] المحادثة الإلكترونية على الموقع { $contact }
        [whatsapp] المراسلة عبر واتساب على الرقم { $contact }
       *[web] زيارة الموقع { $contact }
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

support-closing = قد يساعد أيضًا الحديث مع شخص محلّ ثقتك. يمكن لمشاعر بهذا الثقل أن تخفّ مع الدعم، ويمكنك مواصلة الحديث معي.

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = في أي بلد أنت؟ عندها يمكنني أن أعرض عليك خط مساعدة في بلدك.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [closed] مغلق الآن، يفتح { summary-opens }{ summary-schedule }
       *[unknown] ساعات العمل غير مذكورة
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] الساعة { $opens_at }
        [tomorrow] غدًا الساعة { $opens_at }
        [mon] الإثنين الساعة { $opens_at }
        [tue] الثلاثاء الساعة { $opens_at }
        [wed] الأربعاء الساعة { $opens_at }
        [thu] الخميس الساعة { $opens_at }
        [fri] الجمعة الساعة { $opens_at }
        [sat] السبت الساعة { $opens_at }
        [sun] الأحد الساعة { $opens_at }
       *[none] لاحقًا
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
preview-skip = الانتقال إلى المحتوى
preview-protocol-link = كيف تُحيل هذه الخدمة الأشخاص إلى المساعدة
preview-intro = للقائمين على الصيانة والتكامل: ما سيعرضه روبوت المحادثة، مبنيًا من الواجهة البرمجية العامة وحدها. يُرجى عدم لصق محادثات حقيقية هنا.
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
preview-submit = بحث
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
preview-action-call = اتصال بالرقم { $number }
preview-action-text = رسالة نصية إلى { $number }
preview-action-chat = محادثة
preview-action-website = الموقع الإلكتروني
preview-fact-languages = اللغات: { $list }
preview-fact-languages-none = اللغات: غير مذكورة
preview-fact-hours = ساعات العمل: { $times }
preview-fact-checked = تم التحقق لدى الجهة المشغّلة: { $date }
preview-fact-newest-source = أحدث مصدر: { $date }
preview-evidence-provider = التوثيق: صفحة الخط نفسه
preview-evidence-corroborated = التوثيق: جهتا نشر مستقلتان
preview-evidence-single = التوثيق: إدراج واحد
preview-evidence-conflict = التوثيق: المصادر متعارضة
preview-fact-country = البلد: { $code }
preview-coverage-summary = البلدان والأقاليم: { $total } · لديها خطوط مساعدة: { $covered } · رقم طوارئ فقط: { $uncovered }.
preview-coverage-age = الخطوط التي مضى على أحدث مصادرها أكثر من 24 شهرًا: { $stale } من { $total }.
preview-map-caption = خريطة العالم للتغطية
preview-map-line = يوجد خط مساعدة
preview-map-emergency = رقم طوارئ فقط
preview-map-none = غير موجود في البيانات
preview-coverage-legend = الصفوف المميّزة ليس لها إلا رقم طوارئ، دون خط مساعدة مختار.
preview-coverage-caption = البلدان والأقاليم (يمكن ترتيبها بأزرار الأعمدة)
preview-column-code = الرمز
preview-column-lines = خطوط المساعدة
preview-column-languages = اللغات
preview-column-emergency = الطوارئ
preview-column-stale = خطوط بمصادر قديمة
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
