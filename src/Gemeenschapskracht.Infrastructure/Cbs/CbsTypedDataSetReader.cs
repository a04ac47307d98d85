using System.Buffers;
using System.Text.Json;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>
/// Streams an OData v3 TypedDataSet (<c>{"odata.metadata": …, "value": [ … ], "odata.nextLink": …}</c>)
/// into regions, with values keyed by measure stem. Memory use is one buffer plus the regions read.
/// </summary>
public static class CbsTypedDataSetReader
{
    private const int InitialBufferSize = 64 * 1024;

    /// <exception cref="JsonException">Malformed JSON or not a TypedDataSet.</exception>
    /// <exception cref="FormatException">A row without region code, or a non-numeric measure value.</exception>
    public static async Task<CbsTypedDataSetPage> ReadAsync(
        Stream json,
        CbsDataProperties properties,
        CancellationToken cancellationToken)
    {
        var parser = new CbsTypedDataSetParser(properties);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        int filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    // A single token larger than the buffer: grow it.
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await json.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                filled += read;
                bool isFinalBlock = read == 0;
                int consumed = parser.Feed(buffer.AsSpan(0, filled), isFinalBlock);
                if (isFinalBlock)
                {
                    return parser.Result();
                }

                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
