/**
 * Hands `long` to protobufjs explicitly. protobufjs looks for it with a dynamic require,
 * which finds nothing inside the bundled guest agent; without it 64-bit fields would decode
 * as plain numbers there and as Long everywhere else.
 */
import Long from 'long';
import $protobuf from 'protobufjs/minimal.js';

$protobuf.util.Long = Long;
$protobuf.configure();
