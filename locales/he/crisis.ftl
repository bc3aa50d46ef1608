### Supportive text shown to a person who may be in crisis.
### Follow ../shared/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
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
## $closes_at / $opens_at ("22:30", or "none").
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
        [open] פתוח עכשיו, עד { $closes_at }
        [closed] סגור עכשיו, ייפתח בשעה { $opens_at }
       *[unknown] שעות הפעילות לא צוינו
    }
