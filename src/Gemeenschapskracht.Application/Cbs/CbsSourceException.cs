namespace Gemeenschapskracht.Application.Cbs;

/// <summary>The CBS source could not be read; the message is Dutch and shown to the user.</summary>
public sealed class CbsSourceException(string message, Exception? inner = null) : Exception(message, inner);
