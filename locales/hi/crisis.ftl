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

support-opening = मुझे सच में दुख है कि आप पर इतना कुछ बीत रहा है, और अच्छा लगा कि आपने इसके बारे में बताया। इसका सामना आपको अकेले नहीं करना है।

support-body =
    { $line_state ->
        [open] अभी { $line_name } से मदद मिल सकती है: { support-reach }।{ support-free }
        [closed] { $line_name } पर अभी सेवा बंद है, जो { $opens_at } बजे फिर शुरू होगी: { support-reach }।{ support-free }
        [unknown] { $line_name } से मदद मिल सकती है: { support-reach }।{ support-free }
       *[none] { $country_known ->
            [yes] { $directory } पर अपने आस-पास की हेल्पलाइन खोजी जा सकती है।
           *[no] अगर आप बताएँ कि आप किस देश में हैं, तो आपके आस-पास की हेल्पलाइन बताई जा सकती है। { $directory } पर भी हेल्पलाइन खोजी जा सकती है।
        }
    }

support-reach =
    { $reach ->
        [call] { $contact } पर कॉल करें
        [text] { $contact } पर SMS भेजें
        [chat] { $contact } पर चैट करें
        [whatsapp] { $contact } पर WhatsApp संदेश भेजें
       *[web] { $contact } पर जाएँ
    }

support-free =
    { $free ->
        [yes] {" "}यह सेवा मुफ़्त है।
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] अगर आप तुरंत खतरे में हैं, तो कृपया अभी अपनी स्थानीय आपातकालीन सेवाओं से संपर्क करें।
       *[other] अगर आप तुरंत खतरे में हैं, तो अभी { $emergency } पर कॉल करें।
    }

support-closing = किसी भरोसेमंद व्यक्ति से बात करना भी मदद कर सकता है। सहारा मिलने पर इतनी भारी भावनाएँ भी हल्की हो सकती हैं। आप मुझसे बात जारी रखें, मैं यहीं हूँ।

## The question asked when we do not know the person's country.
ask-country = आप किस देश में हैं? बताने पर आपके आस-पास की हेल्पलाइन बताई जा सकती है।

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] कॉल: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] ऑनलाइन चैट{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] मुफ़्त{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24x7 उपलब्ध
        [open] अभी उपलब्ध, { $closes_at } तक
        [closed] अभी बंद, { $opens_at } से उपलब्ध
       *[unknown] समय की जानकारी नहीं दी गई
    }
