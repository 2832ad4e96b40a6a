package org.jaga.channels.delivery;

import io.lettuce.core.KeyValue;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jaga.channels.ratelimit.Rate;
import org.jaga.channels.ratelimit.RateLimiter;
import org.jaga.core.message.Channel;
import org.jaga.core.message.ChatRef;
import org.jaga.core.redis.KeySpace;
import reactor.core.publisher.Mono;

/**
 * One hash per outbound message ({@code receipt:<outboundId>}) and one key per platform id pointing
 * back to it, so a status report finds our message; both expire after {@link #REMEMBER}. A sent
 * part goes into its chat's {@link MessageTrail} in the same script, where the platform keeps one.
 */
final class RedisDeliveryReceipts implements DeliveryReceipts {
    static final Duration REMEMBER = Duration.ofDays(30);

    private final RedisReactiveCommands<String, String> commands;
    private final KeySpace keys;
    private final RedisScript start;
    private final RedisMessageTrail trail;
    private final RedisScript partSent;
    private final RedisScript reported;

    RedisDeliveryReceipts(RedisReactiveCommands<String, String> commands, KeySpace keys, RedisMessageTrail trail) {
        this.commands = commands;
        this.keys = keys;
        this.start = RedisScript.load(RedisDeliveryReceipts.class, RateLimiter.BUCKETS_SCRIPT, "start.lua", commands);
        this.trail = trail;
        this.partSent = RedisScript.load(RedisDeliveryReceipts.class, "part-sent.lua", commands);
        this.reported = RedisScript.load(RedisDeliveryReceipts.class, "reported.lua", commands);
    }

    private String receiptKey(String outboundId) {
        return keys.key("receipt:" + outboundId);
    }

    private String platformKey(Channel channel, String platformMessageId) {
        return keys.key("receipt-of:" + channel.key() + ":" + platformMessageId);
    }

    private String readKey(ChatRef chat) {
        return keys.key("receipt-read:" + chat.key());
    }

    @Override
    public Mono<Progress> progress(String outboundId, ChatRef chat, int parts, List<Rate> rates) {
        List<String> scriptKeys = new ArrayList<>(List.of(receiptKey(outboundId), RedisChatBlocks.key(keys, chat)));
        rates.forEach(rate -> scriptKeys.add(RateLimiter.bucketKey(keys, rate.bucket())));
        List<String> arguments = new ArrayList<>(List.of(Integer.toString(parts)));
        arguments.addAll(RateLimiter.bucketArguments(rates));
        return start.runForText(commands, scriptKeys.toArray(String[]::new), arguments.toArray(String[]::new))
                .map(text -> {
                    String[] fields = text.split("\n", 3);
                    long wait = Long.parseLong(fields[1]);
                    return new Progress(
                            Integer.parseInt(fields[0]),
                            fields[2].isEmpty() ? Optional.empty() : Optional.of(fields[2]),
                            wait < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(wait)));
                });
    }

    @Override
    public Mono<Void> partSent(String outboundId, ChatRef chat, int part, String platformMessageId) {
        List<String> scriptKeys =
                new ArrayList<>(List.of(receiptKey(outboundId), platformKey(chat.channel(), platformMessageId)));
        List<String> arguments = new ArrayList<>(List.of(
                Integer.toString(part),
                platformMessageId,
                chat.key(),
                Long.toString(System.currentTimeMillis()),
                Long.toString(REMEMBER.toSeconds())));
        trail.key(chat).ifPresent(trailKey -> {
            scriptKeys.add(trailKey);
            arguments.addAll(trail.partArguments());
        });
        return partSent.run(commands, scriptKeys.toArray(String[]::new), arguments.toArray(String[]::new))
                .then();
    }

    @Override
    public Mono<Boolean> reported(
            Channel channel, String platformMessageId, DeliveryStatus status, Instant at, String reason) {
        String[] scriptKeys = {platformKey(channel, platformMessageId)};
        return reported.run(
                        commands,
                        scriptKeys,
                        status.name(),
                        Integer.toString(status.rank()),
                        Long.toString(at.toEpochMilli()),
                        reason == null ? "" : reason)
                .map(result -> result >= 0);
    }

    @Override
    public Mono<Void> readUpTo(ChatRef chat, Instant watermark) {
        String key = readKey(chat);
        return commands.get(key)
                .map(Long::parseLong)
                .defaultIfEmpty(0L)
                .flatMap(current -> current >= watermark.toEpochMilli()
                        ? Mono.empty()
                        : commands.setex(key, REMEMBER.toSeconds(), Long.toString(watermark.toEpochMilli())))
                .then();
    }

    @Override
    public Mono<Receipt> find(String outboundId) {
        return commands.hgetall(receiptKey(outboundId))
                .collectMap(KeyValue::getKey, KeyValue::getValue)
                .filter(fields -> fields.containsKey("chat"))
                .flatMap(fields -> withReadWatermark(outboundId, fields));
    }

    @Override
    public Mono<Receipt> findByPlatformId(Channel channel, String platformMessageId) {
        return commands.get(platformKey(channel, platformMessageId))
                .map(key -> key.substring(keys.key("receipt:").length()))
                .flatMap(this::find);
    }

    private Mono<Receipt> withReadWatermark(String outboundId, Map<String, String> fields) {
        ChatRef chat = ChatRef.parse(fields.get("chat"));
        return commands.get(readKey(chat))
                .map(Long::parseLong)
                .defaultIfEmpty(0L)
                .map(watermark -> toReceipt(outboundId, chat, fields, watermark));
    }

    private static Receipt toReceipt(String outboundId, ChatRef chat, Map<String, String> fields, long readUpTo) {
        DeliveryStatus status = DeliveryStatus.valueOf(fields.getOrDefault("status", "SENT"));
        long at = Long.parseLong(fields.getOrDefault("at", "0"));
        long first = Long.parseLong(fields.getOrDefault("first", "0"));
        if (status.rank() < DeliveryStatus.READ.rank() && first > 0 && first <= readUpTo) {
            status = DeliveryStatus.READ;
            at = Math.max(at, readUpTo);
        }
        List<String> ids = Arrays.stream(fields.getOrDefault("ids", "").split("\n"))
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toList());
        return new Receipt(
                outboundId, chat, ids, status, Instant.ofEpochMilli(at), Optional.ofNullable(fields.get("reason")));
    }
}
