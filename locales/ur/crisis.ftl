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
## $closes_at / $opens_at ("22:30", or "none").
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
        [open] ابھی دستیاب، { $closes_at } تک
        [closed] ابھی بند، { $opens_at } سے دستیاب
       *[unknown] اوقات درج نہیں
    }
