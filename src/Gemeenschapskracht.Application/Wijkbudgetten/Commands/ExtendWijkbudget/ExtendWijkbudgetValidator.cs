using FluentValidation;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.ExtendWijkbudget;

public sealed class ExtendWijkbudgetValidator : AbstractValidator<ExtendWijkbudgetCommand>
{
    public ExtendWijkbudgetValidator()
    {
        RuleFor(c => c.AantalJaren).Periode();
    }
}
