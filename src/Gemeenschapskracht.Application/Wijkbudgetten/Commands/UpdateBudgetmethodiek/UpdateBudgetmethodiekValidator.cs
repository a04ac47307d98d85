using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.UpdateBudgetmethodiek;

public sealed class UpdateBudgetmethodiekValidator : AbstractValidator<UpdateBudgetmethodiekCommand>
{
    public UpdateBudgetmethodiekValidator()
    {
        RuleFor(c => c.Titel).RequiredText("de titel van de methodiek", 200);
        RuleFor(c => c.Inhoud).NotNull().WithMessage("Geef de inhoud van de methodiek op.").SetValidator(new MethodiekInhoudInvoerValidator());
    }
}
