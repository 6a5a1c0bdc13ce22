import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace husk {

    namespace bench {
    }

    namespace interop {
    }
}

export namespace google {

    namespace protobuf {

        interface IDoubleValue extends google.protobuf.DoubleValue.$Properties {
        }

        class DoubleValue {
            constructor(properties?: google.protobuf.DoubleValue.$Properties);
            $unknowns?: Uint8Array[];
            value: number;
            static create(properties: google.protobuf.DoubleValue.$Shape): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
            static create(properties?: google.protobuf.DoubleValue.$Properties): google.protobuf.DoubleValue;
            static encode(message: google.protobuf.DoubleValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.DoubleValue & google.protobuf.DoubleValue.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.DoubleValue;
            static toObject(message: google.protobuf.DoubleValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace DoubleValue {
            interface $Properties {
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.DoubleValue.$Properties;
        }

        interface IFloatValue extends google.protobuf.FloatValue.$Properties {
        }

        class FloatValue {
            constructor(properties?: google.protobuf.FloatValue.$Properties);
            $unknowns?: Uint8Array[];
            value: number;
            static create(properties: google.protobuf.FloatValue.$Shape): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;
            static create(properties?: google.protobuf.FloatValue.$Properties): google.protobuf.FloatValue;
            static encode(message: google.protobuf.FloatValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.FloatValue & google.protobuf.FloatValue.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.FloatValue;
            static toObject(message: google.protobuf.FloatValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace FloatValue {
            interface $Properties {
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.FloatValue.$Properties;
        }

        interface IInt64Value extends google.protobuf.Int64Value.$Properties {
        }

        class Int64Value {
            constructor(properties?: google.protobuf.Int64Value.$Properties);
            $unknowns?: Uint8Array[];
            value: (number|Long);
            static create(properties: google.protobuf.Int64Value.$Shape): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
            static create(properties?: google.protobuf.Int64Value.$Properties): google.protobuf.Int64Value;
            static encode(message: google.protobuf.Int64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int64Value & google.protobuf.Int64Value.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.Int64Value;
            static toObject(message: google.protobuf.Int64Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Int64Value {
            interface $Properties {
                value?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Int64Value.$Properties;
        }

        interface IUInt64Value extends google.protobuf.UInt64Value.$Properties {
        }

        class UInt64Value {
            constructor(properties?: google.protobuf.UInt64Value.$Properties);
            $unknowns?: Uint8Array[];
            value: (number|Long);
            static create(properties: google.protobuf.UInt64Value.$Shape): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
            static create(properties?: google.protobuf.UInt64Value.$Properties): google.protobuf.UInt64Value;
            static encode(message: google.protobuf.UInt64Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt64Value & google.protobuf.UInt64Value.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.UInt64Value;
            static toObject(message: google.protobuf.UInt64Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace UInt64Value {
            interface $Properties {
                value?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.UInt64Value.$Properties;
        }

        interface IInt32Value extends google.protobuf.Int32Value.$Properties {
        }

        class Int32Value {
            constructor(properties?: google.protobuf.Int32Value.$Properties);
            $unknowns?: Uint8Array[];
            value: number;
            static create(properties: google.protobuf.Int32Value.$Shape): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;
            static create(properties?: google.protobuf.Int32Value.$Properties): google.protobuf.Int32Value;
            static encode(message: google.protobuf.Int32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Int32Value & google.protobuf.Int32Value.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.Int32Value;
            static toObject(message: google.protobuf.Int32Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Int32Value {
            interface $Properties {
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Int32Value.$Properties;
        }

        interface IUInt32Value extends google.protobuf.UInt32Value.$Properties {
        }

        class UInt32Value {
            constructor(properties?: google.protobuf.UInt32Value.$Properties);
            $unknowns?: Uint8Array[];
            value: number;
            static create(properties: google.protobuf.UInt32Value.$Shape): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;
            static create(properties?: google.protobuf.UInt32Value.$Properties): google.protobuf.UInt32Value;
            static encode(message: google.protobuf.UInt32Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.UInt32Value & google.protobuf.UInt32Value.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.UInt32Value;
            static toObject(message: google.protobuf.UInt32Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace UInt32Value {
            interface $Properties {
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.UInt32Value.$Properties;
        }

        interface IBoolValue extends google.protobuf.BoolValue.$Properties {
        }

        class BoolValue {
            constructor(properties?: google.protobuf.BoolValue.$Properties);
            $unknowns?: Uint8Array[];
            value: boolean;
            static create(properties: google.protobuf.BoolValue.$Shape): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
            static create(properties?: google.protobuf.BoolValue.$Properties): google.protobuf.BoolValue;
            static encode(message: google.protobuf.BoolValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BoolValue & google.protobuf.BoolValue.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.BoolValue;
            static toObject(message: google.protobuf.BoolValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace BoolValue {
            interface $Properties {
                value?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.BoolValue.$Properties;
        }

        interface IStringValue extends google.protobuf.StringValue.$Properties {
        }

        class StringValue {
            constructor(properties?: google.protobuf.StringValue.$Properties);
            $unknowns?: Uint8Array[];
            value: string;
            static create(properties: google.protobuf.StringValue.$Shape): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
            static create(properties?: google.protobuf.StringValue.$Properties): google.protobuf.StringValue;
            static encode(message: google.protobuf.StringValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.StringValue & google.protobuf.StringValue.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.StringValue;
            static toObject(message: google.protobuf.StringValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StringValue {
            interface $Properties {
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.StringValue.$Properties;
        }

        interface IBytesValue extends google.protobuf.BytesValue.$Properties {
        }

        class BytesValue {
            constructor(properties?: google.protobuf.BytesValue.$Properties);
            $unknowns?: Uint8Array[];
            value: Uint8Array;
            static create(properties: google.protobuf.BytesValue.$Shape): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;
            static create(properties?: google.protobuf.BytesValue.$Properties): google.protobuf.BytesValue;
            static encode(message: google.protobuf.BytesValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.BytesValue & google.protobuf.BytesValue.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.BytesValue;
            static toObject(message: google.protobuf.BytesValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace BytesValue {
            interface $Properties {
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.BytesValue.$Properties;
        }
    }
}
