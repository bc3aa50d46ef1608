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
## $closes_at / $opens_at ("22:30", or "none").
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
        [open] مفتوح الآن حتى { $closes_at }
        [closed] مغلق الآن، يفتح الساعة { $opens_at }
       *[unknown] ساعات العمل غير مذكورة
    }
