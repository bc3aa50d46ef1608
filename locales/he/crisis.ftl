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

support-opening = צר לי מאוד על מה שעובר עליך, וטוב ששיתפת. אין צורך להתמודד עם זה לבד.

support-body =
    { $line_state ->
        [open] אפשר לפנות עכשיו אל { $line_name }: { support-reach }.{ support-free }
        [closed] הקו { $line_name } סגור כרגע וייפתח שוב בשעה { $opens_at }: { support-reach }.{ support-free }
        [unknown] אפשר לפנות אל { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] באתר { $directory } אפשר למצוא קו סיוע קרוב אליך.
           *[no] אם אדע באיזו מדינה מדובר, אוכל למצוא קו סיוע קרוב אליך. אפשר גם למצוא קו כזה באתר { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] להתקשר למספר { $contact }
        [text] לשלוח SMS למספר { $contact }
        [chat] לכתוב בצ'אט בכתובת { $contact }
        [whatsapp] לכתוב בוואטסאפ למספר { $contact }
       *[web] להיכנס לאתר { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}השירות ללא תשלום.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] אם יש סכנה מיידית, חשוב לפנות עכשיו לשירותי החירום המקומיים.
       *[other] אם יש סכנה מיידית, חשוב להתקשר עכשיו למספר { $emergency }.
    }

support-closing = גם שיחה עם מישהו שסומכים עליו יכולה לעזור. רגשות כבדים כאלה יכולים להתרכך עם תמיכה, ואפשר להמשיך לדבר איתי.

## The question asked when we do not know the person's country.
ask-country = באיזו מדינה מדובר? כך אוכל להציג קו סיוע קרוב אליך.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] שיחה: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] צ'אט מקוון{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] וואטסאפ: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] ללא תשלום{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] פתוח 24/7
        [open] פתוח עכשיו, עד { $closes_at }{ summary-schedule }
        [closed] סגור עכשיו, ייפתח בשעה { $opens_at }{ summary-schedule }
       *[unknown] שעות הפעילות לא צוינו
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(כל יום { $from }–{ $to })
        [days] {" "}(ימים { summary-first-day }–{ summary-last-day }, { $from }–{ $to })
        [day] {" "}(יום { summary-first-day }, { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] ב׳
        [tue] ג׳
        [wed] ד׳
        [thu] ה׳
        [fri] ו׳
        [sat] שבת
       *[sun] א׳
    }
summary-last-day =
    { $last ->
        [mon] ב׳
        [tue] ג׳
        [wed] ד׳
        [thu] ה׳
        [fri] ו׳
        [sat] שבת
       *[sun] א׳
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = תצוגה מקדימה של crisis-lookup
preview-heading = תצוגה מקדימה
preview-skip = דילוג לתוכן
preview-intro = למתחזקים ולמשלבים: מה שצ'אטבוט היה מציג, בנוי רק מה-API הציבורי. אין להדביק כאן שיחות אמיתיות.
preview-views = תצוגות
preview-tab-lookup = חיפוש
preview-tab-coverage = כיסוי
preview-tab-locales = שפות
preview-loading = בטעינה…
preview-message = הודעה
preview-message-hint = משמשת רק לזיהוי השפה.
preview-locale = שפה ואזור
preview-locale-none = — ללא —
preview-country = מדינה
preview-country-unknown = — לא ידועה —
preview-topics = נושאים
preview-topics-hint = מופרדים בפסיקים, למשל: { $examples }
preview-channels = ערוצים
preview-channel-phone = טלפון
preview-channel-sms = SMS
preview-channel-chat = צ'אט
preview-submit = חיפוש
preview-error-vocabularies = לא ניתן היה לטעון את המדינות או השפות ({ $error }).
preview-error-lookup = החיפוש לא הצליח ({ $error }).
preview-chat-shows = מה הצ'אט מציג
preview-raw-json = JSON גולמי
preview-meta-language = שפה: { $code } (לפי { $source })
preview-meta-country = מדינה: { $code } (לפי { $source })
preview-meta-country-unknown = מדינה: לא ידועה
preview-meta-locale = שפה ואזור: { $code }
preview-meta-lines = קווי סיוע: { $count }
preview-international = מדריכים בין-לאומיים
preview-emergency = חירום:
preview-police = משטרה
preview-ambulance = אמבולנס
preview-fire = כבאות
preview-open-now = פתוח עכשיו
preview-closed-now = סגור עכשיו
preview-hours-unknown = שעות הפעילות לא ידועות
preview-action-call = שיחה: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = צ'אט
preview-action-website = אתר
preview-fact-languages = שפות: { $list }
preview-fact-languages-none = שפות: לא צוינו
preview-fact-hours = שעות פעילות: { $times }
preview-fact-verified = נבדק: { $date }
preview-fact-evidence = מקורות: { $evidence }
preview-fact-country = מדינה: { $code }
preview-coverage-summary = מדינות וטריטוריות: { $total } · עם קווי סיוע: { $covered } · רק מספר חירום: { $uncovered }.
preview-coverage-pending = תאריכי הבדיקה נקראים… נותרו: { $count }.
preview-coverage-oldest = הבדיקה הישנה ביותר של קו סיוע: { $date }.
preview-coverage-legend = לשורות המודגשות יש רק מספר חירום, בלי קו סיוע שנבחר.
preview-coverage-caption = מדינות וטריטוריות (מיון בכפתורי העמודות)
preview-column-code = קוד
preview-column-lines = קווי סיוע
preview-column-languages = שפות
preview-column-emergency = חירום
preview-column-verified = הבדיקה הישנה ביותר
preview-emergency-only = רק חירום
preview-error-countries = לא ניתן היה לטעון את המדינות ({ $error }).
preview-locales-summary = שפות: { $total } · נבדקו בידי דובר שפת אם: { $reviewed }.
preview-locales-caption = השפות הכלולות ומצב הבדיקה שלהן
preview-column-native-name = שם בשפה עצמה
preview-column-direction = כיוון
preview-column-review = בדיקה
preview-reviewed = נבדקה
preview-not-reviewed = לא נבדקה
preview-error-locales = לא ניתן היה לטעון את השפות ({ $error }).
