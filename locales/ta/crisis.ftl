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

support-opening = நீங்கள் இதையெல்லாம் கடந்து வருவது எனக்கு உண்மையிலேயே வருத்தமாக இருக்கிறது. இதைப் பகிர்ந்ததற்கு நன்றி. இதை நீங்கள் தனியாக எதிர்கொள்ள வேண்டியதில்லை.

support-body =
    { $line_state ->
        [open] { $line_name } உடன் இப்போதே தொடர்புகொள்ளலாம்: { support-reach }.{ support-free }
        [closed] { $line_name } இப்போது மூடப்பட்டுள்ளது, { $opens_at } மணிக்கு மீண்டும் திறக்கும்: { support-reach }.{ support-free }
        [unknown] { $line_name } உடன் தொடர்புகொள்ளலாம்: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] { $directory } தளத்தில் உங்களுக்கு அருகிலுள்ள உதவி எண்ணைக் கண்டறியலாம்.
           *[no] நீங்கள் எந்த நாட்டில் இருக்கிறீர்கள் என்று சொன்னால், உங்களுக்கு அருகிலுள்ள உதவி எண்ணைக் கண்டுபிடித்துத் தர முடியும். { $directory } தளத்திலும் கண்டறியலாம்.
        }
    }

support-reach =
    { $reach ->
        [call] { $contact } என்ற எண்ணை அழையுங்கள்
        [text] { $contact } என்ற எண்ணுக்கு SMS அனுப்புங்கள்
        [chat] { $contact } இல் அரட்டை மூலம் பேசுங்கள்
        [whatsapp] { $contact } என்ற எண்ணுக்கு WhatsApp-இல் செய்தி அனுப்புங்கள்
       *[web] { $contact } தளத்திற்குச் செல்லுங்கள்
    }

support-free =
    { $free ->
        [yes] {" "}இது இலவசம்.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] நீங்கள் உடனடி ஆபத்தில் இருந்தால், இப்போதே உங்கள் பகுதியின் அவசர சேவைகளைத் தொடர்புகொள்ளுங்கள்.
       *[other] நீங்கள் உடனடி ஆபத்தில் இருந்தால், இப்போதே { $emergency } என்ற எண்ணை அழையுங்கள்.
    }

support-closing = நீங்கள் நம்பும் ஒருவரிடம் பேசுவதும் உதவக்கூடும். ஆதரவு கிடைக்கும்போது இவ்வளவு கனமான உணர்வுகளும் குறையக்கூடும். நீங்கள் என்னுடன் தொடர்ந்து பேசலாம்.

## The question asked when we do not know the person's country.
ask-country = நீங்கள் எந்த நாட்டில் இருக்கிறீர்கள்? சொன்னால், உங்களுக்கு அருகிலுள்ள உதவி எண்ணைக் காட்ட முடியும்.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] அழைக்க: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] ஆன்லைன் அரட்டை{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] இலவசம்{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24 மணி நேரமும் திறந்திருக்கும்
        [open] இப்போது திறந்துள்ளது, { $closes_at } வரை
        [closed] இப்போது மூடப்பட்டுள்ளது, { $opens_at } மணிக்குத் திறக்கும்
       *[unknown] நேரம் குறிப்பிடப்படவில்லை
    }
