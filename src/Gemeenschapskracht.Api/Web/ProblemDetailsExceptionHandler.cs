using System.Text.Json;
using FluentValidation;
using Gemeenschapskracht.Application.Cbs;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Api.Web;

/// <summary>Turns every exception into <c>application/problem+json</c> with a Dutch title and detail; never a stack trace.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody reads an answer, and it is not an error of ours.
            logger.LogDebug("Verzoek {Path} afgebroken door de client", httpContext.Request.Path);
            httpContext.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            return true;
        }

        var problem = exception switch
        {
            ValidationException validation => Validation(validation),
            BadHttpRequestException { InnerException: JsonException json } => JsonProblems.Describe(json),
            BadHttpRequestException bad => Problem(bad.StatusCode, "Ongeldige aanvraag", BadRequestDetail(bad)),
            NotFoundException => Problem(StatusCodes.Status404NotFound, "Niet gevonden", exception.Message),
            UnauthenticatedException => Problem(StatusCodes.Status401Unauthorized, "Niet aangemeld", exception.Message),
            ForbiddenAccessException => Problem(StatusCodes.Status403Forbidden, "Geen toegang", exception.Message),
            ConflictException => Problem(StatusCodes.Status409Conflict, "Conflict", exception.Message),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Conflict",
                "Iemand anders heeft dit intussen gewijzigd. Laad de gegevens opnieuw en probeer het nog eens."),
            DbUpdateException => Problem(StatusCodes.Status409Conflict, "Conflict",
                "De wijziging botst met bestaande gegevens (bijvoorbeeld een dubbele sleutel) en is niet opgeslagen."),
            CbsSourceException => Problem(StatusCodes.Status503ServiceUnavailable, "CBS-bron niet beschikbaar", exception.Message),
            DomainException => Problem(StatusCodes.Status400BadRequest, "Niet toegestaan", exception.Message),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Onverwachte fout bij {Path}", httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Er ging iets mis",
                "Er is een onverwachte fout opgetreden. Probeer het later opnieuw.");
        }

        if (exception is ForbiddenAccessException or UnauthenticatedException)
            await httpContext.RequestServices.GetRequiredService<RefusalAudit>().RecordAsync(httpContext, problem.Status!.Value, null, cancellationToken);

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static ValidationProblemDetails Validation(ValidationException exception) =>
        new(exception.Errors
            .GroupBy(e => JsonNaming(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Ongeldige invoer",
            Detail = string.Join(" ", exception.Errors.Select(e => e.ErrorMessage).Distinct()),
        };

    private static string BadRequestDetail(BadHttpRequestException exception) =>
        exception.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? "De aanvraag is te groot."
            : "De aanvraag kon niet worden gelezen: controleer de parameters en de JSON.";

    private static string JsonNaming(string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
