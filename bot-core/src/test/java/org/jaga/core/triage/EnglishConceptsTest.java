package org.jaga.core.triage;

import java.util.List;
import org.jaga.knowledge.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eight concepts the held-out set showed missing, each said twice in English words that neither
 * the held-out messages nor the cues use, and the messages that only look like them: news,
 * jobseekers' questions, jokes, ordinary work and people who are safe now.
 */
class EnglishConceptsTest {

    static List<String> distress() {
        return List.of(
                // 1. not where promised, a guarded place
                "the van crossed a river in the dark and now we are in some compound with high walls, this isnt the hotel job",
                "Agent said Malaysia but we ended up in Myanmar. Soldiers with guns outside the gate",
                // 2. paying to go home
                "boss says i owe 6000 dollars for visa and food and i cant go home until its paid",
                "they told my family to send 3k usd or they won't release me",
                // 3. cannot talk, someone watches
                "can't text long, the team leader is right behind me. will write tonight when they sleep",
                "pls dont call this number, they check our phones every night",
                // 4. scamming by its actions, with coercion
                "we have to make fake instagram girls and get men to invest in usdt. if nobody deposits we get no food",
                "daily target is 5 new clients, those who miss it must stand outside all night",
                // 5. a relative writes about someone abroad
                "My husband is working in Cambodia, he told us they keep him locked inside and took his passport. What should we do?",
                "our daughter texted that she is not allowed to leave the company and they want 4000 dollars for her. who can help",
                // 6. a passport kept by the employer
                "HR still has my passport since we arrived, they say they keep it for us for safety",
                "employer is holding everyone's passports in the office safe and won't give them back",
                // 7. violence in everyday words
                "the guards beat up two guys yesterday with a pipe, one of them is still bleeding",
                "they tased me last night bc i fell asleep at the desk",
                // 8. a threat to sell the person on
                "manager said if we keep complaining he will sell us to a worse park",
                "they already sold 3 girls to another company, im afraid im next");
    }

    static List<String> notDistress() {
        return List.of(
                "News: 200 foreigners were rescued from a scam compound in Myawaddy and repatriated this week, officials said",
                "Saw an article saying workers there get beaten and their passports taken. Crazy.",
                "The recruiter says the company will keep my passport during the 6 month contract. Is that normal?",
                "Do I have to pay a penalty if I want to go home before my contract ends?",
                "my boss is holding me hostage in this meeting lol send snacks",
                "this job is killing me, no food since breakfast haha",
                "missed my sales target again this month, manager is gonna yell at me tomorrow",
                "I was held in a compound in Cambodia in 2023 but I'm home now and safe. I want to share my story",
                "I have my passport and ticket ready, what else do I need for the flight to Dubai?",
                "I need to pay for my ticket to go home for Christmas, any cheap flights?",
                "Can my employer hold my passport? I work in Singapore",
                "ugh, my sister locked me out of netflix again",
                "I owe my friend 500 dollars, I need to pay him back before I go home",
                "The agency said we need to pay a 5000 peso placement fee before we leave for Dubai",
                "my son went to Cambodia for work last month, how can I check the company is legit?");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distress")
    void recognisesEachConceptInNewWords(String text) {
        Triaged.assertDistress(Language.ENGLISH, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notDistress")
    void leavesNewsQuestionsJokesWorkAndThePastAlone(String text) {
        Triaged.assertNotDistress(Language.ENGLISH, text);
    }
}
