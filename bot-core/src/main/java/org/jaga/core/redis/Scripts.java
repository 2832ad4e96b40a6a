package org.jaga.core.redis;

import io.lettuce.core.api.reactive.RedisReactiveCommands;

/** The core's Lua scripts, loaded once. */
record Scripts(
        LuaScript accept, LuaScript commit, LuaScript sent, LuaScript deadLetter, LuaScript update, LuaScript enqueue) {
    static Scripts load(RedisReactiveCommands<String, String> commands) {
        return new Scripts(
                LuaScript.load("accept.lua", commands),
                LuaScript.load("commit.lua", commands),
                LuaScript.load("sent.lua", commands),
                LuaScript.load("deadletter.lua", commands),
                LuaScript.load("update.lua", commands),
                LuaScript.load("enqueue.lua", commands));
    }
}
