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

support-opening = আপনি এমন কঠিন সময়ের মধ্য দিয়ে যাচ্ছেন জেনে সত্যিই খারাপ লাগছে, আর আপনি কথাটা বলেছেন বলে আমি খুশি। এটা আপনাকে একা সামলাতে হবে না।

support-body =
    { $line_state ->
        [open] আপনি এখনই { $line_name }-এর সঙ্গে যোগাযোগ করতে পারেন: { support-reach }।{ support-free }
        [closed] { $line_name } এখন বন্ধ আছে, { $opens_at } থেকে আবার চালু হবে: { support-reach }।{ support-free }
        [unknown] আপনি { $line_name }-এর সঙ্গে যোগাযোগ করতে পারেন: { support-reach }।{ support-free }
       *[none] { $country_known ->
            [yes] { $directory } ঠিকানায় আপনার কাছাকাছি একটি হেল্পলাইন খুঁজে পাবেন।
           *[no] আপনি কোন দেশে আছেন জানালে আমি আপনার কাছাকাছি একটি হেল্পলাইন খুঁজে দিতে পারি। { $directory } ঠিকানাতেও একটি খুঁজে পেতে পারেন।
        }
    }

support-reach =
    { $reach ->
        [call] { $contact } নম্বরে কল করুন
        [text] { $contact } নম্বরে SMS পাঠান
        [chat] { $contact } ঠিকানায় চ্যাট করুন
        [whatsapp] WhatsApp-এ { $contact } নম্বরে মেসেজ পাঠান
       *[web] { $contact } ঠিকানায় যান
    }

support-free =
    { $free ->
        [yes] {" "}এটি বিনামূল্যে।
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] আপনি যদি এই মুহূর্তে বিপদের মধ্যে থাকেন, তাহলে এখনই আপনার এলাকার জরুরি সেবার সঙ্গে যোগাযোগ করুন।
       *[other] আপনি যদি এই মুহূর্তে বিপদের মধ্যে থাকেন, তাহলে এখনই { $emergency } নম্বরে কল করুন।
    }

support-closing = আপনার বিশ্বাসের কারও সঙ্গে কথা বললেও উপকার হতে পারে। পাশে কেউ থাকলে এত ভারী অনুভূতিও হালকা হতে পারে, আর আপনি আমার সঙ্গে কথা চালিয়ে যেতে পারেন।

## The question asked when we do not know the person's country.
ask-country = আপনি কোন দেশে আছেন? জানালে আপনার কাছাকাছি একটি হেল্পলাইন দেখাতে পারব।

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] কল: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] অনলাইন চ্যাট{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] বিনামূল্যে{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] দিনরাত খোলা
        [open] এখন খোলা, { $closes_at } পর্যন্ত
        [closed] এখন বন্ধ, { $opens_at } থেকে খোলা
       *[unknown] সময়সূচি উল্লেখ নেই
    }
