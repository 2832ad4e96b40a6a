package org.jaga.server.redis;

import org.jaga.channels.delivery.ChannelStores;
import org.jaga.channels.webchat.Webchat;
import org.jaga.core.redis.ChatDataKeys;
import org.jaga.core.redis.EmbeddedRedis;
import org.jaga.core.redis.EventCodec;
import org.jaga.core.redis.JagaRedis;
import org.jaga.core.redis.KeySpace;
import org.jaga.server.settings.JagaSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Connects to the configured Redis, or starts the embedded one when none is configured. */
@Configuration(proxyBeanMethods = false)
public class RedisConfiguration {
    private static final Logger log = LoggerFactory.getLogger(RedisConfiguration.class);

    @Bean(destroyMethod = "close")
    RedisServerHandle redisServer(JagaSettings settings) {
        if (settings.redis().external().isPresent()) {
            log.info("Using the Redis server configured by JAGA_REDIS_URL");
            return new RedisServerHandle(settings.redis().external().get(), null);
        }
        EmbeddedRedis embedded = EmbeddedRedis.start(
                settings.data().path(), "always".equals(settings.redis().fsync()));
        log.info(
                "Started the embedded Redis on port {} with its data in {}",
                embedded.port(),
                settings.data().path().toAbsolutePath());
        return new RedisServerHandle(embedded.url(), embedded);
    }

    @Bean
    KeySpace keySpace(JagaSettings settings) {
        return new KeySpace(settings.redis().prefix());
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean(destroyMethod = "close")
    JagaRedis jagaRedis(RedisServerHandle server, KeySpace keys, JagaSettings settings, EventCodec codec) {
        ChatDataKeys webchat = Webchat.chatData(keys);
        ChatDataKeys platforms = ChannelStores.chatData(keys);
        ChatDataKeys chatData =
                chat -> java.util.stream.Stream.concat(webchat.keysOf(chat).stream(), platforms.keysOf(chat).stream())
                        .toList();
        return JagaRedis.connect(server.url(), keys, settings.pipeline(), codec, chatData);
    }

    @Bean
    RedisHealth redisHealth(JagaRedis redis) {
        return new RedisHealth(redis);
    }

    /** The Redis server in use, and the embedded process when Jaga started it. */
    record RedisServerHandle(String url, EmbeddedRedis embedded) implements AutoCloseable {
        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
