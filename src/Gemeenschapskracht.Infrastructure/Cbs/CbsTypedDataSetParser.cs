using System.Text.Json;
using Gemeenschapskracht.Application.Cbs;

namespace Gemeenschapskracht.Infrastructure.Cbs;

/// <summary>
/// Token-level state machine over a TypedDataSet document, fed in buffer-sized blocks so that a
/// table of any size is read without a DOM. Rows are objects in the root's <c>value</c> array
/// (or in a bare root array); every row property is a scalar.
/// </summary>
internal sealed class CbsTypedDataSetParser(CbsDataProperties properties)
{
    private readonly CbsRegionBuilder _row = new(properties);
    private readonly List<CbsRegion> _regions = [];
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
    private string? _rootProperty;
    private string? _rowProperty;
    private int _rowDepth = -1;
    private bool _inRows;
    private bool _sawRoot;
    private int _rowCount;
    private string? _metadata;
    private string? _nextLink;

    /// <summary>Parses as many whole tokens as <paramref name="block"/> holds.</summary>
    /// <returns>The number of bytes consumed; the rest must be passed again with more data.</returns>
    public int Feed(ReadOnlySpan<byte> block, bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(block, isFinalBlock, _state);
        while (reader.Read())
        {
            _sawRoot = true;
            Handle(ref reader);
        }

        _state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    public CbsTypedDataSetPage Result()
    {
        if (!_sawRoot || _rowDepth < 0)
        {
            throw new JsonException("Het bestand bevat geen TypedDataSet (geen 'value'-lijst met rijen).");
        }

        return new CbsTypedDataSetPage(CbsKey.TableIdFromMetadata(_metadata), _regions, _nextLink, _rowCount);
    }

    private void Handle(ref Utf8JsonReader reader)
    {
        int depth = reader.CurrentDepth;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray when depth == 0 || (depth == 1 && _rootProperty == "value"):
                _inRows = true;
                _rowDepth = depth + 1;
                break;
            case JsonTokenType.EndArray when _inRows && depth == _rowDepth - 1:
                _inRows = false;
                break;
            case JsonTokenType.StartObject when _inRows && depth == _rowDepth:
                _row.Begin();
                break;
            case JsonTokenType.EndObject when _inRows && depth == _rowDepth:
                _rowCount++;
                if (_row.Build() is { } region)
                {
                    _regions.Add(region);
                }

                break;
            case JsonTokenType.PropertyName when depth == 1 && !_inRows:
                _rootProperty = reader.GetString();
                break;
            case JsonTokenType.PropertyName when _inRows && depth == _rowDepth + 1:
                _rowProperty = reader.GetString();
                break;
            case JsonTokenType.String when depth == 1 && !_inRows:
                ReadRootString(ref reader);
                break;
            default:
                if (_inRows && depth == _rowDepth + 1 && _rowProperty is not null)
                {
                    ReadRowValue(ref reader, _rowProperty);
                }

                break;
        }
    }

    private void ReadRootString(ref Utf8JsonReader reader)
    {
        if (_rootProperty == "odata.metadata")
        {
            _metadata = reader.GetString();
        }
        else if (_rootProperty == "odata.nextLink")
        {
            _nextLink = reader.GetString();
        }
    }

    private void ReadRowValue(ref Utf8JsonReader reader, string key)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                _row.SetText(key, reader.GetString());
                break;
            case JsonTokenType.Null:
                _row.SetNumber(key, null);
                break;
            case JsonTokenType.Number when _row.IsMeasure(key):
                _row.SetNumber(key, ReadDecimal(ref reader, key));
                break;
        }
    }

    private static decimal ReadDecimal(ref Utf8JsonReader reader, string key)
    {
        if (reader.TryGetDecimal(out var value))
        {
            return value;
        }

        if (reader.TryGetDouble(out var number) && Math.Abs(number) < (double)decimal.MaxValue)
        {
            return (decimal)number;
        }

        throw new JsonException($"De waarde van '{key}' past niet in een decimaal getal.");
    }
}
