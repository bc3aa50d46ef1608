### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: as in locales/en/crisis.ftl.
##   $name_form  text: $line_name is the line's Hebrew name as it stands after
##               «אל» (ער״ן); no prefix letter (ל־, ב־) is ever glued to it
##               and no adjective agrees with it. label: only the line's
##               name, held as a label ("name: …").
##   $opens_at   already written as this locale writes a time ("9:00").
## The reader is never addressed with a gendered form: impersonal "אפשר",
## infinitives, and suffixes that read the same for both genders (עליך).
## In right-to-left locales every placeable is isolated by the service.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = צר לי מאוד על מה שעובר עליך, וטוב ששיתפת. אין צורך להתמודד עם זה לבד.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] אפשר לפנות עכשיו אל { $line_name }: { support-reach }.{ support-free }
               *[label] אפשר לפנות עכשיו לקו סיוע. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] הקו סגור כרגע. אפשר יהיה לפנות שוב אל { $line_name } { support-opens }: { support-reach }.{ support-free }
               *[label] קו הסיוע סגור כרגע ויחזור לפעול { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] אפשר לפנות אל { $line_name }: { support-reach }.{ support-free }
               *[label] הנה קו סיוע שאפשר לפנות אליו. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] באתר { $directory } אפשר למצוא קו סיוע במדינה שלך.
               *[no] אפשר גם למצוא קו סיוע באתר { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] היום בשעה { $opens_at }
        [tomorrow] מחר בשעה { $opens_at }
        [mon] ביום שני בשעה { $opens_at }
        [tue] ביום שלישי בשעה { $opens_at }
        [wed] ביום רביעי בשעה { $opens_at }
        [thu] ביום חמישי בשעה { $opens_at }
        [fri] ביום שישי בשעה { $opens_at }
        [sat] בשבת בשעה { $opens_at }
        [sun] ביום ראשון בשעה { $opens_at }
       *[none] מאוחר יותר
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

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = באיזו מדינה מדובר? כך אוכל להציג קו סיוע במדינה שלך.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [closed] סגור עכשיו, ייפתח { summary-opens }{ summary-schedule }
       *[unknown] שעות הפעילות לא צוינו
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] בשעה { $opens_at }
        [tomorrow] מחר בשעה { $opens_at }
        [mon] ביום ב׳ בשעה { $opens_at }
        [tue] ביום ג׳ בשעה { $opens_at }
        [wed] ביום ד׳ בשעה { $opens_at }
        [thu] ביום ה׳ בשעה { $opens_at }
        [fri] ביום ו׳ בשעה { $opens_at }
        [sat] בשבת בשעה { $opens_at }
        [sun] ביום א׳ בשעה { $opens_at }
       *[none] מאוחר יותר
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
preview-protocol-link = איך השירות מפנה אנשים לעזרה
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
preview-fact-checked = נבדק מול מפעיל הקו: { $date }
preview-fact-newest-source = המקור העדכני ביותר: { $date }
preview-evidence-provider = מקור: העמוד של הקו עצמו
preview-evidence-corroborated = מקור: שני מפרסמים בלתי תלויים
preview-evidence-single = מקור: רישום אחד
preview-evidence-conflict = מקור: המקורות סותרים
preview-fact-country = מדינה: { $code }
preview-coverage-summary = מדינות וטריטוריות: { $total } · עם קווי סיוע: { $covered } · רק מספר חירום: { $uncovered }.
preview-coverage-age = קווים שהמקור העדכני ביותר שלהם ישן יותר מ־24 חודשים: { $stale } מתוך { $total }.
preview-map-caption = מפת עולם של הכיסוי
preview-map-line = יש קו סיוע
preview-map-emergency = רק מספר חירום
preview-map-none = לא במאגר
preview-coverage-legend = לשורות המודגשות יש רק מספר חירום, בלי קו סיוע שנבחר.
preview-coverage-caption = מדינות וטריטוריות (מיון בכפתורי העמודות)
preview-column-code = קוד
preview-column-lines = קווי סיוע
preview-column-languages = שפות
preview-column-emergency = חירום
preview-column-stale = קווים על מקורות ישנים
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
